// Live progress of running job executions: every 2 s each running row asks for its progress;
// when one finishes, the page reloads so counts, end time and buttons are final.
(function () {
	const rows = Array.from(document.querySelectorAll('tr[data-running="true"]'));
	if (rows.length === 0) {
		return;
	}
	const base = document.querySelector('link[rel=stylesheet]').getAttribute('href').replace(/css\/catchup\.css.*$/, '');
	// the sentences come from the table, in the page's language; {0}, {1}... are filled in here
	const words = rows[0].closest('table').dataset;
	const say = (sentence, fallback, ...values) =>
		values.reduce((text, value, i) => text.replace('{' + i + '}', value), sentence || fallback);
	function show(row, p) {
		const live = row.querySelector('.live');
		let text = p.status;
		if (p.filesTotal !== null && p.filesTotal !== undefined) {
			const percent = p.filesTotal === 0 ? 100 : Math.round(100 * p.filesDone / p.filesTotal);
			text = say(words.files, '{0} of {1} files, {2} rows, {3} rejected', p.filesDone, p.filesTotal, p.rows, p.rejected)
				+ (p.currentFile ? say(words.now, ' · now: {0}, {1} rows', p.currentFile, p.currentFileRows || 0) : '');
			live.innerHTML = '<div class="progress"><div style="width:' + percent + '%"></div></div>';
			live.appendChild(document.createTextNode(text));
		} else {
			live.textContent = p.steps.map(s => s.name + ': ' + s.status).join(', ') || say(words.starting, 'starting');
		}
		// the server counts each item once (a partitioned step's manager repeats its partitions' counts)
		row.querySelector('.read').textContent = p.read;
		row.querySelector('.written').textContent = p.written;
		showSteps(p.steps);
	}
	// the execution page's steps: a partition's files filed so far, and the worker that took it
	const steps = document.getElementById('steps');
	function showSteps(list) {
		if (!steps) {
			return;
		}
		const body = document.createElement('tbody');
		list.forEach(s => {
			const tr = body.insertRow();
			const files = s.files === null || s.files === undefined ? ''
				: say(steps.dataset.filesOf, '{0} of {1}', s.written, s.files);
			[[s.name], [s.status], [s.enterprises || ''], [files, 'num'], [s.worker || ''], [s.read, 'num'],
				[s.written, 'num'], [s.skipped, 'num']].forEach(([text, css]) => {
				const td = tr.insertCell();
				td.textContent = text;
				if (css) {
					td.className = css;
				}
			});
		});
		steps.replaceChild(body, steps.tBodies[0]);
	}
	function poll() {
		Promise.all(rows.map(row => fetch(base + 'jobs/executions/' + row.dataset.id + '/progress',
			{ headers: { 'Accept': 'application/json' } })
			.then(r => r.ok ? r.json() : null)
			.then(p => {
				if (p === null) {
					return false;
				}
				show(row, p);
				return !p.running;
			})
			.catch(() => false)))
			.then(finished => {
				if (finished.some(Boolean)) {
					location.reload();
				} else {
					setTimeout(poll, 2000);
				}
			});
	}
	poll();
})();
