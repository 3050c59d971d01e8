// The OpenAPI description checked against the real server: every endpoint is called, with good and
// bad requests, and every response must be exactly what docs/openapi.json says (schemas are strict:
// an undocumented field fails too). Run by run_browser_tests.sh against the fixture index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';

const base = process.env.WIEWEET_BASE_URL;
const served = await (await fetch(`${base}/api/v1/openapi.json`)).json();
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(served, 'openapi');

const escape = (segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

// The JSON pointer to the schema of one documented response, following a shared-response $ref.
function responseSchemaPointer(template, status) {
  const operation = served.paths[template]?.get;
  assert.ok(operation, `${template} is not documented`);
  const response = operation.responses[String(status)];
  assert.ok(response, `${template} does not document status ${status}`);
  const location = response.$ref
    ? response.$ref.slice(1)
    : `/paths/${escape(template)}/get/responses/${status}`;
  return `openapi#${location}/content/application~1json/schema`;
}

// [documented path, request, expected status]
const calls = [
  ['/api/v1/experts', '/api/v1/experts?q=informatiebeveiliging', 200],
  ['/api/v1/experts', '/api/v1/experts?q=onderwijs&school=Het%20Baken%20College&language=nl&page=1&size=2', 200],
  ['/api/v1/experts', '/api/v1/experts?q=xyzzyplugh', 200],
  ['/api/v1/experts', '/api/v1/experts?q=informatiebeveilging', 200],
  ['/api/v1/experts', '/api/v1/experts?q=informatiebeveilging&spelling=false', 200],
  ['/api/v1/experts', '/api/v1/experts?q=avg&spelling=maybe', 400],
  ['/api/v1/experts', '/api/v1/experts?q=informatiebeveiliging&explain=true', 200],
  ['/api/v1/experts', '/api/v1/experts?q=informatiebeveiliging&explain=yes', 400],
  ['/api/v1/experts', '/api/v1/experts?q=rooster&size=5000', 400],
  ['/api/v1/experts', '/api/v1/experts', 400],
  ['/api/v1/people/{id}', '/api/v1/people/p1', 200],
  ['/api/v1/people/{id}', '/api/v1/people/p6', 200],
  ['/api/v1/people/{id}', '/api/v1/people/p4', 404],
  ['/api/v1/people/{id}', '/api/v1/people/nobody', 404],
  ['/api/v1/suggest', '/api/v1/suggest?q=inf', 200],
  ['/api/v1/suggest', '/api/v1/suggest?q=anna', 200],
  ['/api/v1/suggest', '/api/v1/suggest?q=', 400],
  ['/api/v1/related', '/api/v1/related?q=informatiebeveiliging', 200],
  ['/api/v1/related', '/api/v1/related?q=AVG&size=0', 400],
  ['/api/v1/workshops', '/api/v1/workshops?q=informatiebeveiliging', 200],
  ['/api/v1/workshops', '/api/v1/workshops?q=rooster&page=x', 400],
  ['/api/v1/documents', '/api/v1/documents?q=privacy', 200],
  ['/api/v1/documents', '/api/v1/documents?q=privacy&foo=1', 400],
  ['/api/v1/match', '/api/v1/match?q=meelopen%20met%20een%20roostermaker&school=Lyceum%20Zuid', 200],
  ['/api/v1/match', '/api/v1/match?q=ik%20wil%20meelopen', 400],
  ['/api/v1/openapi.json', '/api/v1/openapi.json', 200],
  ['/healthz', '/healthz', 200],
  ['/readyz', '/readyz', 200],
  ['/metrics', '/metrics', 200],
];

test('the served description is the one in docs/', async () => {
  const onDisk = JSON.parse(await readFile(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
  assert.deepEqual(served, onDisk);
  assert.match(served.openapi, /^3\.1\./);
});

test('every documented endpoint is exercised here', () => {
  const exercised = new Set(calls.map(([template]) => template));
  for (const template of Object.keys(served.paths)) assert.ok(exercised.has(template), `${template} untested`);
});

for (const [template, target, status] of calls) {
  test(`GET ${target} -> ${status} matches the description`, async () => {
    const response = await fetch(base + target);
    const body = await response.text();
    assert.equal(response.status, status, body);
    const media = Object.keys(
      (served.paths[template].get.responses[String(status)].content) ?? { 'application/json': {} })[0];
    if (media !== 'application/json') return;  // /metrics: Prometheus text, checked by its own tests
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const validate = ajv.getSchema(responseSchemaPointer(template, status)) ??
                     ajv.compile({ $ref: responseSchemaPointer(template, status) });
    const json = JSON.parse(body);
    assert.ok(validate(json), `${target}: ${ajv.errorsText(validate.errors)}\n${body.slice(0, 600)}`);
  });
}
