import { restoreHandler } from '../../../record-handlers';

/** `POST /api/meetings/:id/restore`: brings back the meeting and everything deleted with it; 409 when it is not deleted. */
export const POST = restoreHandler('meeting');
