import { restoreHandler } from '../../../record-handlers';

/** `POST /api/sources/:id/restore`: brings back the source and everything deleted with it; 409 when it is not deleted. */
export const POST = restoreHandler('source');
