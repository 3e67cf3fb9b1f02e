// Refuses a file larger than the server accepts before it is sent, with a sentence instead of an error page.
document.querySelectorAll('form[data-max-bytes]').forEach(form => {
	form.addEventListener('submit', event => {
		const input = form.querySelector('input[type=file]');
		const max = Number(form.dataset.maxBytes);
		if (input && input.files.length === 1 && input.files[0].size > max) {
			event.preventDefault();
			alert('This file has ' + (input.files[0].size / 1048576).toFixed(1) + ' MB; uploads of up to '
				+ (max / 1048576).toFixed(0) + ' MB are accepted.');
		}
	});
});
