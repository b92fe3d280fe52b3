import { historyHandler } from '../../../record-handlers';

/** `GET /api/meetings/:id/history`: the meeting's revisions, newest first, also once it is deleted. */
export const GET = historyHandler('meeting');
