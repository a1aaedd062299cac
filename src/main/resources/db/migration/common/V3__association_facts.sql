-- Facts about the Association of Japanese and Russian Universities (see the project's domain notes).
insert into association_profile (language, name, alternative_name, founding, purpose, co_chairs, rosnou_role, directorate) values
('en', 'Association of Japanese and Russian Universities',
 'Association of Russian and Japanese Universities',
 'The plan for the Association was announced at the VI Russian-Japanese Rectors'' Forum at Moscow State University in October 2016. The memorandum establishing it was signed at the Japan-Russia summit in December 2016.',
 'The Association of Japanese and Russian Universities is an organization created to expand academic cooperation and develop academic mobility programs between Russian and Japanese universities.',
 'Hokkaido University and Moscow State University co-chair the Association. On the Japanese side it runs as a platform project of Hokkaido and Niigata universities with two committees: one for personnel exchanges and one for specialised sections. Meetings are held in turn in Russia and Japan once in one and a half to two years.',
 'As of October 2019, RosNOU is the only private university out of 27 Russian universities accepted by the Association of Japanese and Russian Universities.',
 'International Affairs & Academic Mobility Directorate'),
('ru', 'Ассоциация японских и российских университетов',
 'Ассоциация российских и японских университетов',
 'О планах создать Ассоциацию объявили на VI Российско-японском форуме ректоров в Московском государственном университете в октябре 2016 года. Меморандум о её создании подписан на российско-японском саммите в декабре 2016 года.',
 'Ассоциация японских и российских университетов — организация, созданная для расширения академического сотрудничества и развития программ академической мобильности между российскими и японскими университетами.',
 'Сопредседатели Ассоциации — Университет Хоккайдо и Московский государственный университет. С японской стороны Ассоциация работает как платформенный проект университетов Хоккайдо и Ниигата с двумя комитетами: по кадровым обменам и по специализированным секциям. Встречи проходят поочерёдно в России и Японии раз в полтора-два года.',
 'По состоянию на октябрь 2019 года РосНОУ — единственный негосударственный вуз из 27 российских университетов, принятых в Ассоциацию японских и российских университетов.',
 'Дирекция международных связей и академической мобильности');

insert into association_membership (as_of, per_side, total, note_en, note_ru) values
('2016-12-01', 21, 42, 'At the signing of the agreement establishing the Association', 'При подписании соглашения о создании Ассоциации'),
('2019-10-01', 27, 54, 'After new members joined', 'После вступления новых участников'),
('2021-09-01', null, 63, 'Reported at the time of the third congress', 'По данным на момент третьего конгресса');

insert into association_congress (number, starts_on, ends_on, city_en, city_ru, host_en, host_ru, outcome_en, outcome_ru) values
(1, '2018-05-18', '2018-05-20', 'Sapporo', 'Саппоро', 'Hokkaido University', 'Университет Хоккайдо',
 'The first General Assembly (congress), held together with the VII Russian-Japanese Rectors'' Forum.',
 'Первое общее собрание (конгресс), прошедшее вместе с VII Российско-японским форумом ректоров.'),
(2, '2019-09-23', '2019-09-23', 'Moscow', 'Москва', 'Moscow State University', 'Московский государственный университет',
 'The second General Assembly (congress), held with the VIII Russian-Japanese Rectors'' Forum: a joint declaration was adopted and Niigata was chosen for the next meeting.',
 'Второе общее собрание (конгресс), прошедшее вместе с VIII Российско-японским форумом ректоров: принята совместная декларация, местом следующей встречи выбрана Ниигата.'),
(3, '2021-09-16', '2021-09-16', 'Niigata', 'Ниигата', 'Niigata University', 'Университет Ниигата',
 'The third General Assembly (congress), held with the IX Russian-Japanese Rectors'' Forum.',
 'Третье общее собрание (конгресс), прошедшее вместе с IX Российско-японским форумом ректоров.');
