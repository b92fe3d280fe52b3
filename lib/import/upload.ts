import { AppError } from '../errors';
import type { ImportFile } from './parse';
import { FILE_NAME_HEADER, MAX_IMPORT_BYTES } from './protocol';
import { readBodyBytes } from '../request-body';

const tooLarge = () =>
  new AppError('content_too_large', `The upload is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most one import reads; split the file and import the parts.`);

function readLimitedBytes(request: Request): Promise<Buffer> {
  return readBodyBytes(request, MAX_IMPORT_BYTES, tooLarge);
}

// Lenient: bytes that are not UTF-8 become U+FFFD, so one mis-encoded character does not refuse a whole file.
const decoder = new TextDecoder('utf-8');

/**
 * The files of `POST /api/import`: the body itself (any text type: the file as it is), or, as
 * `multipart/form-data`, every part named `file` (several Parley CSV tables at once).
 */
export async function readImportFiles(request: Request): Promise<ImportFile[]> {
  const bytes = await readLimitedBytes(request);
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data/i.test(contentType)) {
    return [{ name: fileNameOf(request), text: decoder.decode(bytes) }];
  }
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new AppError('bad_request', 'The multipart body cannot be read.');
  }
  const files = form.getAll('file').filter((part): part is File => typeof part !== 'string');
  if (files.length === 0) throw new AppError('bad_request', 'The form has no part named "file".');
  return Promise.all(files.map(async (file) => ({ name: file.name, text: decoder.decode(await file.arrayBuffer()) })));
}

function fileNameOf(request: Request): string {
  try {
    return decodeURIComponent(request.headers.get(FILE_NAME_HEADER) ?? '') || 'upload';
  } catch {
    // A name that is not valid percent-encoding only labels the file in messages: a generic label does as well.
    return 'upload';
  }
}
