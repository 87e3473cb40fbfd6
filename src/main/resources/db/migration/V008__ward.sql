-- The council ward of a record, when an agency's file has one: the picture and the review queue filter by it.
ALTER TABLE source_record ADD COLUMN ward VARCHAR(200);
