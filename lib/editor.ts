import { editorNameSchema } from './schemas/authoring';

export const EDITOR_HEADER = 'X-Parley-Editor';
export const ANONYMOUS_EDITOR = 'anonymous';

/** Who makes a change, for its revision: the name the analyst gave, until accounts exist. */
export function editorName(request: Request): string {
  const parsed = editorNameSchema.safeParse(request.headers.get(EDITOR_HEADER) ?? '');
  return parsed.success ? parsed.data : ANONYMOUS_EDITOR;
}
