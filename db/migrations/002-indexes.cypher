// Filters of the explorer: by kind, by relation type, by date range, and a record's history.
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
CREATE INDEX relation_type IF NOT EXISTS FOR (n:Relation) ON (n.type);
CREATE INDEX relation_since IF NOT EXISTS FOR (n:Relation) ON (n.since);
CREATE INDEX relation_until IF NOT EXISTS FOR (n:Relation) ON (n.until);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX source_reliability IF NOT EXISTS FOR (n:Source) ON (n.reliability);
CREATE INDEX revision_entity IF NOT EXISTS FOR (n:Revision) ON (n.entityId, n.at);
