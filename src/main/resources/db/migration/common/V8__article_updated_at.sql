-- When an editor last saved the article, for dateModified in search results and feeds. Articles that were
-- never edited here (the sample content) have none: their publication date stands for it.
alter table article add column updated_at timestamp with time zone;
