-- The news list orders by date then id: an index in exactly that order lets deep pages and Related reading
-- walk the index instead of sorting a whole language (100,000 articles in the scale benchmark).
create index article_listing_order on article (language, published, published_on desc, id desc);
create index article_by_date on article (published_on desc, id desc);
