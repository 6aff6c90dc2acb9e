// Validates SARIF logs against the SARIF 2.1.0 JSON Schema with ajv (draft-07, the draft the
// schema declares) and ajv-formats (so "uri", "uri-reference" and "date-time" are checked).
// Usage: node validate.cjs SCHEMA LOG...   Prints one JSON line per log:
// {"file": ..., "valid": true|false, "errors": [ajv errors]}. Exit status 0 unless it crashed.
"use strict";
const fs = require("node:fs");
const Ajv = require("ajv").default;
const addFormats = require("ajv-formats").default;

const [schemaFile, ...logs] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
if (schema.$schema !== "http://json-schema.org/draft-07/schema#") {
  throw new Error("expected a draft-07 schema but found " + schema.$schema);
}
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
for (const file of logs) {
  const valid = validate(JSON.parse(fs.readFileSync(file, "utf8")));
  console.log(JSON.stringify({ file, valid, errors: validate.errors || [] }));
}
