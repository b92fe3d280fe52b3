import { restoreHandler } from '../../../record-handlers';

/** `POST /api/actors/:id/restore`: brings back the actor and everything deleted with it; 409 when it is not deleted. */
export const POST = restoreHandler('actor');
