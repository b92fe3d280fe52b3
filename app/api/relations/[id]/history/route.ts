import { historyHandler } from '../../../record-handlers';

/** `GET /api/relations/:id/history`: the relation's revisions, newest first, also once it is deleted. */
export const GET = historyHandler('relation');
