// Refuses an empty file, or one larger than the server accepts, before it is sent: a sentence instead of an error page.
document.querySelectorAll('form[data-max-bytes]').forEach(form => {
	form.addEventListener('submit', event => {
		const input = form.querySelector('input[type=file]');
		const max = Number(form.dataset.maxBytes);
		if (input && input.files.length === 1 && input.files[0].size === 0) {
			event.preventDefault();
			alert('The file you chose, ' + input.files[0].name + ', is empty (0 bytes): choose the saved workbook.');
		}
		else if (input && input.files.length === 1 && input.files[0].size > max) {
			event.preventDefault();
			alert('This file has ' + (input.files[0].size / 1048576).toFixed(1) + ' MB; uploads of up to '
				+ (max / 1048576).toFixed(0) + ' MB are accepted.');
		}
	});
});
