// Long views stored under a short id, for `/?view=<id>` links (db/queries/stored-views.ts): the id is derived from
// the view's query, so storing one view twice must find the first node, never make a second.
CREATE CONSTRAINT stored_view_id IF NOT EXISTS FOR (n:StoredView) REQUIRE n.id IS UNIQUE;
