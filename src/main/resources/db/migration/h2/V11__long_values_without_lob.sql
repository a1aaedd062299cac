-- Article texts and image bytes become plain (unbounded) varying columns instead of LOBs, as they are on
-- PostgreSQL ("text", "bytea"): one mapping fits both databases, and PostgreSQL needs no large objects, which
-- would outlive their rows. H2 keeps values up to 1,000,000,000 characters or bytes in such columns.
alter table article alter column body set data type character varying;
alter table article alter column about_body set data type character varying;
alter table media_file alter column data set data type binary varying;
