import { restoreHandler } from '../../../record-handlers';

/** `POST /api/ties/:id/restore`: brings back the tie and everything deleted with it; 409 when it is not deleted. */
export const POST = restoreHandler('tie');
