-- The news list orders by date then id: an index in exactly that order lets the list's pages and Related reading
-- read the index in order and stop, instead of sorting a whole language (100,000 articles in the scale
-- benchmark). It replaces the listing index of V1, which has the same first columns without the id.
create index article_listing_order on article (language, published, published_on desc, id desc);
drop index article_listing;
-- The editors' list: every article, newest first.
create index article_by_date on article (published_on desc, id desc);
