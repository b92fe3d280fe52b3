import { restoreHandler } from '../../../record-handlers';

/** `POST /api/relations/:id/restore`: brings back the relation and everything deleted with it; 409 when it is not deleted. */
export const POST = restoreHandler('relation');
