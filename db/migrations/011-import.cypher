// Bulk import (db/bulk) finds what an earlier import of the same file created: claims by the event's key
// (`icews:<Event ID>`, `gdelt:<GLOBALEVENTID>`), sources by their publisher or URL key, and sources by URL.
CREATE INDEX relation_import_key IF NOT EXISTS FOR (n:Relation) ON (n.importKey);
CREATE INDEX meeting_import_key IF NOT EXISTS FOR (n:Meeting) ON (n.importKey);
CREATE INDEX source_import_key IF NOT EXISTS FOR (n:Source) ON (n.importKey);
CREATE INDEX source_url IF NOT EXISTS FOR (n:Source) ON (n.url);
