import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';

/**
 * Validation against the official JSON Resume schema (the copy inside @jsonresume/schema), with
 * Ajv and ajv-formats so `email`, `uri` and the date pattern are checked too — and every finding
 * said in plain words, with where it is: `basics.email must be an email address; received "maya"`.
 */

const require = createRequire(import.meta.url);

let validator: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  if (validator) return validator;
  // Ajv and ajv-formats are CommonJS; their default export sits on `default`.
  const AjvModule = require('ajv') as { default: new (options: object) => { compile(schema: object): ValidateFunction } };
  const addFormats = (require('ajv-formats') as { default: (ajv: unknown) => void }).default;
  const ajv = new AjvModule.default({ allErrors: true, strict: false });
  addFormats(ajv);
  validator = ajv.compile(require('@jsonresume/schema/schema.json') as object);
  return validator;
}

/** `/work/0/startDate` → `work[0].startDate`. */
export function describePath(instancePath: string): string {
  if (instancePath === '') return 'the document';
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text (in quotes)',
  array: 'a list ([ … ])',
  object: 'an object ({ … })',
  number: 'a number',
  boolean: 'true or false',
};

function received(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return '';
  return `; received ${text.length > 60 ? `${text.slice(0, 57)}…` : text}`;
}

function valueAt(document: unknown, instancePath: string): unknown {
  let value = document;
  for (const part of instancePath.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

/** One schema finding about `document` in plain words: where, what it must be, what was there. The job postings of `npm run tailor` are worded the same way. */
export function describeError(error: ErrorObject, document: unknown): string {
  const where = describePath(error.instancePath);
  const value = received(valueAt(document, error.instancePath));
  switch (error.keyword) {
    case 'type': {
      const type = String(error.params['type']);
      return `${where} must be ${TYPE_WORDS[type] ?? type}${value}`;
    }
    case 'format':
      if (error.params['format'] === 'email') return `${where} must be an email address, e.g. maya@example.com${value}`;
      if (error.params['format'] === 'uri') return `${where} must be a full web address, e.g. https://example.com${value}`;
      return `${where} must be a valid ${String(error.params['format'])}${value}`;
    case 'pattern':
      if (/\[1-2\]\[0-9\]\{3\}/.test(String(error.params['pattern']))) return `${where} must be a date written YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2021-04${value}`;
      return `${where} must match ${String(error.params['pattern'])}${value}`;
    case 'required':
      return `${where} is missing "${String(error.params['missingProperty'])}"`;
    default:
      return `${where} ${error.message ?? 'is not valid'}${value}`;
  }
}

/** Every way a document breaks the JSON Resume schema, in plain words; empty when it is valid. */
export function jsonResumeProblems(document: unknown): string[] {
  const validate = compiled();
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => describeError(error, document));
}
