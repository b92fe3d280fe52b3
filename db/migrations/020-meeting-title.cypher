// Issue 17: the undated meetings of the timeline are listed by title. No index holds a missing date, so they were
// found by reading every meeting (a cost that followed the whole graph); read in title order from this index, the
// listing stops once it has the meetings it shows.
CREATE INDEX meeting_title IF NOT EXISTS FOR (n:Meeting) ON (n.title);
