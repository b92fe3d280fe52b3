import { historyHandler } from '../../../record-handlers';

/** `GET /api/actors/:id/history`: the actor's revisions, newest first, also once it is deleted. */
export const GET = historyHandler('actor');
