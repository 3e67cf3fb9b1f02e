// Refuses an empty file, or one larger than the server accepts, before it is sent: a sentence instead of an error page.
// The sentences come from the page, in its language: {0} the file's name or size, {1} the limit, both in MB.
document.querySelectorAll('form[data-max-bytes]').forEach(form => {
	form.addEventListener('submit', event => {
		const input = form.querySelector('input[type=file]');
		const max = Number(form.dataset.maxBytes);
		const say = (sentence, ...values) => values.reduce((text, value, i) => text.replace('{' + i + '}', value), sentence);
		const megabytes = (bytes, decimals) => (bytes / 1048576).toLocaleString(document.documentElement.lang || 'en',
			{ minimumFractionDigits: decimals, maximumFractionDigits: decimals });
		if (input && input.files.length === 1 && input.files[0].size === 0) {
			event.preventDefault();
			alert(say(form.dataset.empty || 'The file you chose, {0}, is empty (0 bytes): choose the saved workbook.',
				input.files[0].name));
		}
		else if (input && input.files.length === 1 && input.files[0].size > max) {
			event.preventDefault();
			alert(say(form.dataset.tooLarge || 'This file has {0} MB; uploads of up to {1} MB are accepted.',
				megabytes(input.files[0].size, 1), megabytes(max, 0)));
		}
	});
});
