// Reads electronegativity's CSV report and the accepted list; exits 1 on any HIGH or MEDIUM
// finding that is not accepted. Usage: node scripts/electronegativity-check.js REPORT.csv ACCEPTED.txt
import { readFileSync } from 'node:fs';

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and newlines. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c !== '\r') field += c;
  }
  if (field.trim() !== '' || row.length > 0) endRow();
  return rows;
}

const [reportFile, acceptedFile] = process.argv.slice(2);
const [header, ...rows] = parseCsv(readFileSync(reportFile, 'utf8')).filter((r) => r.some((f) => f !== ''));
const col = (name) => header.indexOf(name);
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];
if (header?.[0] !== 'issue' || rows.some((r) => !SEVERITIES.includes(r[col('severity')]))) {
  console.error(`electronegativity: ${reportFile} is not a report this script can read; not judging it`);
  process.exit(1);
}
const findings = rows.map((r) => ({ id: r[col('issue')], severity: r[col('severity')], confidence: r[col('confidence')], file: r[col('filename')], location: r[col('location')], sample: r[col('sample')] }));

const accepted = readFileSync(acceptedFile, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => {
    const [id, file, reason] = line.split('|').map((part) => part.trim());
    return { id, file, reason };
  });
const isAccepted = (f) => accepted.some((a) => a.id === f.id && (a.file === '*' || a.file === f.file) && a.reason);

let failing = 0;
for (const f of findings) {
  const blocking = (f.severity === 'HIGH' || f.severity === 'MEDIUM') && !isAccepted(f);
  if (blocking) failing++;
  const mark = blocking ? 'FAIL    ' : isAccepted(f) ? 'accepted' : 'info    ';
  console.log(`${mark} ${f.severity.padEnd(13)} ${f.id} ${f.file}:${f.location} ${f.sample === 'N/A' ? '' : f.sample}`);
}
console.log(`electronegativity: ${findings.length} findings, ${failing} blocking (HIGH/MEDIUM not in ${acceptedFile})`);
process.exit(failing > 0 ? 1 : 0);
