#!/usr/bin/env bash
# The site at 100,000 articles: 50,000 stories in English and Russian, ten topics, six paragraphs each, loaded into
# a throw-away H2 database. For each jar given it prints p50/p95 server time and bytes per reader visit of the news
# list's first page and a page deep in it, the year and topic filters, an article with Related reading, the
# Association page, the editors' news list and searches (with the time the search index takes to build). Server time is summed from Tomcat's access log over every request
# of a visit (for a live Vaadin page: the page, its init and the navigation; for a page that arrives complete:
# that one response, drawn anew: the page cache is off), the browser being Debian's Chromium, in the server's steady
# state (bench/BenchBrowser.java warms each page up first). Then the sitemap (its index, its parts, a part that does
# not exist) and a feed, fetched with curl.
#
# Usage: bench/scale.sh [VISITS per page, default 20] JAR[@opensearch]...
#   e.g. bench/scale.sh 20 /tmp/before.jar target/international-news-0.1.0-SNAPSHOT.jar
# A jar given as JAR@opensearch runs with the opensearch profile on a throw-away OpenSearch node (bin/opensearch.sh,
# installed from Maven Central when missing; a fresh index for each such run), so both search backends can be
# measured side by side:
#   BENCH_PAGES=search bench/scale.sh 20 target/international-news-0.1.0-SNAPSHOT.jar{,@opensearch}
# For each run it also prints the instance's heap after a full collection, once the pages are visited.
# BENCH_PAGES=REGEX visits only the pages whose path matches (e.g. BENCH_PAGES=search for the searches alone, with
# more visits for a steadier p95: the p95 of 20 visits is the second slowest).
# Give the oldest jar first: its schema is the one the data is loaded into (later jars migrate it forward).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
source bin/opensearch.sh
VISITS=${1:-20}
shift
[ $# -ge 1 ] || { echo "usage: bench/scale.sh [visits] JAR..." >&2; exit 2; }
PORT=${BENCH_PORT:-8094}
WORK=$(mktemp -d)
trap 'for p in $(jobs -p); do kill -- -$p 2>/dev/null || true; done; stop_opensearch; rm -rf "$WORK"' EXIT

echo "Creating the schema and sample content with ${1%@opensearch} ..."
start_jar SCHEMA "${1%@opensearch}" "$WORK/seed" "$PORT"
SEED_PATH=info-center/inform/rosnou-prinyal-uchastie-v-obsuzhdenii-partnerstva-mezhdu-rossiyskimi-i-yaponskimi-vuzami
# The sample content is loaded just after start-up: wait for its first article.
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://localhost:$PORT/en/$SEED_PATH" && break; sleep 1; done
stop_jar "$SCHEMA_PID"
unzip -j -o -q "${1%@opensearch}" 'BOOT-INF/lib/h2-*.jar' -d "$WORK"
H2=$(ls "$WORK"/h2-*.jar)

echo "Loading 100,000 articles ..."
start=$(date +%s)
cat >"$WORK/load.sql" <<'SQL'
insert into article (story_key, language, slug, title, published_on, lead, body, published)
select 'bench-' || x, 'en', 'bench-story-' || x,
       'Universities of Russia and Japan: exchange report ' || x,
       dateadd('DAY', -mod(x * 7, 3650), date '2025-12-31'),
       'A report on congresses, exchanges and academic mobility between Russian and Japanese universities, number ' || x || '.',
       repeat('<p>Students of the Russian New University took part in exchanges with partner universities in Japan. The congress of the Association discussed academic mobility, internships and language courses.</p>', 6),
       true
from system_range(1, 50000);
insert into article (story_key, language, slug, title, published_on, lead, body, published)
select 'bench-' || x, 'ru', 'bench-story-' || x,
       'Университеты России и Японии: отчёт об обмене ' || x,
       dateadd('DAY', -mod(x * 7, 3650), date '2025-12-31'),
       'Отчёт о конгрессах, обменах и академической мобильности между российскими и японскими университетами, номер ' || x || '.',
       repeat('<p>Студенты Российского нового университета участвовали в обменах с университетами-партнёрами в Японии. Конгресс Ассоциации обсудил академическую мобильность, стажировки и языковые курсы.</p>', 6),
       true
from system_range(1, 50000);
-- Two or three topics each, spread over all ten.
insert into article_topic (article_id, topic_id)
select a.id, t.id from article a join topic t on mod(a.id + t.id * 3, 4) = 0
where a.story_key like 'bench-%';
SQL
java -cp "$H2" org.h2.tools.RunScript -url "jdbc:h2:file:$WORK/seed/news" -user sa -script "$WORK/load.sql"
java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/seed/news" -user sa \
  -sql "select language, count(*) from article group by language; select count(*) from article_topic" \
  | sed 's/^/  /'
echo "  loaded in $(( $(date +%s) - start )) s"

PAGES=("en" "" "en?page=4000" "en?year=2020" "en?topic=japan" "en?year=2019&topic=association"
       "en/$SEED_PATH" "en/info-center/inform/bench-story-25000" "en/association" "en/editor/news"
       # Search (jars that have it): common words matching every article, a rare one, a typo, a phrase,
       # Russian forms, filters and a page deep in the results.
       "en/search?q=universities+exchange" "en/search?q=report+25000" "en/search?q=univresities"
       "en/search?q=%22academic+mobility%22+congress" "search?q=%D0%BA%D0%BE%D0%BD%D0%B3%D1%80%D0%B5%D1%81%D1%81%D0%BE%D0%B2"
       "en/search?q=japan&year=2020&topic=japan" "en/search?q=students&page=50")
if [ -n "${BENCH_PAGES:-}" ]; then
  chosen=()
  for page in "${PAGES[@]}"; do [[ "$page" =~ $BENCH_PAGES ]] && chosen+=("$page"); done
  PAGES=("${chosen[@]}")
fi
# The sitemap and the feed as search engines and feed readers fetch them (gzip accepted): the first request after
# start-up (which may draw them), then the median and slowest of SITEMAP_REQUESTS more, each cut off at 60 s.
sitemap_times() {
  local n=${SITEMAP_REQUESTS:-5}
  echo "  sitemap and feed, seconds: first, then median/slowest of $n (status, bytes)"
  for path in "sitemap.xml" "sitemap.xml?part=1" "sitemap.xml?part=2" "sitemap.xml?part=99" "en/feed.atom"; do
    local first rest
    first=$(curl -s -o /dev/null --compressed --max-time 60 -w '%{time_total} %{http_code} %{size_download}' \
      "http://localhost:$PORT/$path" || echo "60 timeout 0")
    rest=$(for _ in $(seq 1 "$n"); do
      curl -s -o /dev/null --compressed --max-time 60 -w '%{time_total}\n' "http://localhost:$PORT/$path" || echo 60
    done | sort -n)
    printf '  %-22s first %s s (%s, %s bytes)   median %s s   slowest %s s\n' "$path" $first \
      "$(echo "$rest" | sed -n "$(( (n + 1) / 2 ))p")" "$(echo "$rest" | tail -1)"
  done
}

for run in "$@"; do
  jar=${run%@opensearch}
  data="$WORK/run-$(basename "$jar" .jar)-$RANDOM"
  mkdir -p "$data"
  cp "$WORK"/seed/news.mv.db "$data/"
  echo
  echo "== $run"
  profile=()
  if [ "$run" != "$jar" ]; then
    stop_opensearch
    start_opensearch
    profile=(-Dspring.profiles.active=opensearch "-DSEARCH_HOSTS=$OS_HOSTS")
  fi
  # Pages drawn anew on every visit (no page cache): this measures the drawing and its queries.
  APP_SAMPLE_CONTENT=false BENCH_START_SECONDS=${BENCH_START_SECONDS:-600} start_jar SITE "$jar" "$data" "$PORT" \
    -Xmx2g -Dapp.pages.cache-lifetime=0s "${profile[@]}"
  # The articles were loaded with SQL, so a jar with search builds its index at start-up: wait for it.
  sleep 3
  if grep -q "The search index holds" "$data/site.log"; then
    for _ in $(seq 1 900); do grep -q "Search index built\|could not be built" "$data/site.log" && break; sleep 1; done
    grep -o "Search index built.*\|The search index could not be built.*" "$data/site.log" | sed 's/^/  /'
    # Search times over an index that misses articles would mean nothing.
    if ! grep -q "Search index built" "$data/site.log"; then
      grep -m 3 "ERROR" "$data/site.log" | cut -c 1-400 >&2
      echo "The search index was not built: no figures for $run" >&2
      exit 1
    fi
  fi
  browser visits "http://localhost:$PORT/" "$data/log/access.log" "$VISITS" \
    "${BENCH_PASSWORD:-bench-admin-password-1}" "${PAGES[@]}"
  sitemap_times
  echo "  heap after a full collection: $(( $(heap_after_gc "$SITE_PID") / 1024 )) MB"
  stop_jar "$SITE_PID"
done
