# A throw-away single-node OpenSearch on a free loopback port, for the tests (bin/test) and the cluster bench.
# Source it, then: start_opensearch  sets OS_PORT and OS_HOSTS (127.0.0.1:PORT) and removes the node when the shell
# exits. Installs OpenSearch from Maven Central when missing (the integ-test-zip distribution plus the
# analysis-common and reindex modules, into a cache folder, once) through the Maven wrapper; no Docker, no package.
# OpenSearch refuses to run as root: as root the node runs as the unprivileged user "rosnou-search" (created).

OS_VERSION=${OS_VERSION:-2.19.1}
# Raised whenever the installation's contents change, so that a new one goes into a folder of its own and a node
# still running from the old one is left alone.
OS_LAYOUT=2
OS_REPOSITORY=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

opensearch_home() {
  # Root's home is closed to other users: as root the installation lives where the node's user can read it.
  if [ "$(id -u)" -eq 0 ]; then
    echo "/var/cache/rosnou-opensearch/$OS_VERSION-$OS_LAYOUT"
  else
    echo "${XDG_CACHE_HOME:-$HOME/.cache}/rosnou-opensearch/$OS_VERSION-$OS_LAYOUT"
  fi
}

install_opensearch() {
  local home=$1
  [ -x "$home/bin/opensearch" ] && [ -f "$home/modules/analysis-common/plugin-descriptor.properties" ] &&
    [ -f "$home/modules/reindex/plugin-descriptor.properties" ] && return
  echo "Installing OpenSearch $OS_VERSION from Maven Central into $home..."
  local download
  download=$(mktemp -d /tmp/rosnou-opensearch-download.XXXXXX)
  (cd "$OS_REPOSITORY" && ./mvnw -B -ntp -q dependency:copy -DoutputDirectory="$download" \
    "-Dartifact=org.opensearch.distribution.integ-test-zip:opensearch:$OS_VERSION:zip" &&
    ./mvnw -B -ntp -q dependency:copy -DoutputDirectory="$download" \
      "-Dartifact=org.opensearch.plugin:analysis-common:$OS_VERSION")
  # The reindex module with the libraries it needs (_delete_by_query, which Hibernate Search's mass indexer purges
  # with): every real distribution has it. Its dependencies come through a throw-away project.
  cat >"$download/reindex.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>opensearch-reindex-module</artifactId><version>1</version>
  <dependencies><dependency>
    <groupId>org.opensearch.plugin</groupId><artifactId>reindex-client</artifactId><version>$OS_VERSION</version>
  </dependency></dependencies>
</project>
EOF
  (cd "$OS_REPOSITORY" && ./mvnw -B -ntp -q -f "$download/reindex.xml" dependency:copy-dependencies \
    -DoutputDirectory="$download/reindex")
  rm -rf "$home.partial"
  mkdir -p "$home.partial"
  # The JDK's jar unpacks without unzip installed, but drops the scripts' executable bit.
  mkdir "$download/unpacked"
  (cd "$download/unpacked" && jar xf "$download/opensearch-$OS_VERSION.zip")
  chmod a+x "$download/unpacked/opensearch-$OS_VERSION"/bin/*
  mv "$download/unpacked/opensearch-$OS_VERSION"/* "$home.partial/"
  # The integ-test distribution has the HTTP module only; the analysers (snowball, pattern_replace, asciifolding,
  # possessive_english) come from analysis-common, a module with a descriptor of its own.
  mkdir -p "$home.partial/modules/analysis-common"
  cp "$download/analysis-common-$OS_VERSION.jar" "$home.partial/modules/analysis-common/"
  cat >"$home.partial/modules/analysis-common/plugin-descriptor.properties" <<EOF
description=Adds "built in" analyzers to OpenSearch.
version=$OS_VERSION
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$OS_VERSION
extended.plugins=
has.native.controller=false
EOF
  # Jars the server has already are left out of the module, as in the distribution (the server refuses duplicates).
  mkdir -p "$home.partial/modules/reindex"
  for jar in "$download"/reindex/*.jar; do
    [ -e "$home.partial/lib/$(basename "$jar")" ] || cp "$jar" "$home.partial/modules/reindex/"
  done
  cat >"$home.partial/modules/reindex/plugin-descriptor.properties" <<EOF
description=The Reindex module adds APIs to reindex from one index to another or update documents in place.
version=$OS_VERSION
name=reindex
classname=org.opensearch.index.reindex.ReindexPlugin
java.version=11
opensearch.version=$OS_VERSION
extended.plugins=
has.native.controller=false
EOF
  chmod -R a+rX "$home.partial"
  rm -rf "$home"
  mv "$home.partial" "$home"
  rm -rf "$download"
}

start_opensearch() {
  local home
  home=$(opensearch_home)
  install_opensearch "$home"
  OS_DIR=$(mktemp -d /tmp/rosnou-opensearch.XXXXXX)
  OS_AS_OWNER=()
  if [ "$(id -u)" -eq 0 ]; then
    id -u rosnou-search >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin rosnou-search
    OS_AS_OWNER=(runuser -u rosnou-search --)
    chmod a+rx "$(dirname "$home")" "$(dirname "$(dirname "$home")")"
  fi
  # A port picked at random (then the next free one): two scripts starting a node at the same moment would
  # otherwise both find 59200 free, and one would talk to the other's node.
  OS_PORT=$((59200 + RANDOM % 400))
  while (exec 3<>"/dev/tcp/127.0.0.1/$OS_PORT") 2>/dev/null; do OS_PORT=$((OS_PORT + 1)); done
  local transport=$((OS_PORT + 100))
  while (exec 3<>"/dev/tcp/127.0.0.1/$transport") 2>/dev/null; do transport=$((transport + 1)); done
  OS_NODE="rosnou-${OS_DIR##*.}"
  mkdir -p "$OS_DIR/config" "$OS_DIR/data" "$OS_DIR/logs" "$OS_DIR/tmp"
  cp -r "$home/config/." "$OS_DIR/config/"
  # A small heap; the GC log and heap dumps in the throw-away folder.
  sed -i -e 's/^-Xms1g/-Xms384m/' -e 's/^-Xmx1g/-Xmx384m/' -e "s|file=logs/gc.log|file=$OS_DIR/logs/gc.log|" \
    -e "s|HeapDumpPath=data|HeapDumpPath=$OS_DIR/data|" -e "s|ErrorFile=logs/|ErrorFile=$OS_DIR/logs/|" \
    "$OS_DIR/config/jvm.options"
  cat >"$OS_DIR/config/opensearch.yml" <<EOF
cluster.name: rosnou-test
node.name: $OS_NODE
discovery.type: single-node
network.host: 127.0.0.1
http.port: $OS_PORT
transport.port: $transport
path.data: $OS_DIR/data
path.logs: $OS_DIR/logs
EOF
  if [ "${#OS_AS_OWNER[@]}" -gt 0 ]; then chown -R rosnou-search "$OS_DIR"; fi
  # Removed on exit, after whatever else the shell removes then (bin/postgresql.sh's cluster).
  local previous
  previous=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")
  trap "stop_opensearch${previous:+; $previous}" EXIT
  OS_HOME=$home
  launch_opensearch || return 1
  # One node holds no replicas: every index the site creates gets none, so the cluster stays green.
  curl -fsS -X PUT "http://127.0.0.1:$OS_PORT/_index_template/no-replicas" -H 'Content-Type: application/json' \
    -d '{"index_patterns":["*"],"priority":0,"template":{"settings":{"number_of_replicas":0}}}' >/dev/null
  OS_HOSTS="127.0.0.1:$OS_PORT"
  echo "OpenSearch $OS_VERSION on port $OS_PORT"
}

# Starts the node of start_opensearch (again) on its folder and port, and waits until it answers.
launch_opensearch() {
  local java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
  (cd "$OS_DIR" && "${OS_AS_OWNER[@]}" env OPENSEARCH_PATH_CONF="$OS_DIR/config" OPENSEARCH_TMPDIR="$OS_DIR/tmp" \
    JAVA_HOME="$java_home" "$OS_HOME/bin/opensearch" -d -p "$OS_DIR/pid" >"$OS_DIR/logs/start.out" 2>&1) || {
    cat "$OS_DIR/logs/start.out" >&2
    return 1
  }
  local waited=0
  # Ready when this very node (its name) answers, and its cluster is at least yellow.
  until curl -fsS "http://127.0.0.1:$OS_PORT/" 2>/dev/null | grep -q "\"name\" : \"$OS_NODE\"" &&
    curl -fsS "http://127.0.0.1:$OS_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; do
    waited=$((waited + 1))
    if [ "$waited" -gt "${OS_START_SECONDS:-300}" ]; then
      echo "OpenSearch did not answer within ${OS_START_SECONDS:-300} s:" >&2
      tail -50 "$OS_DIR/logs/rosnou-test.log" >&2 || true
      return 1
    fi
    sleep 1
  done
}

# Stops the node of start_opensearch and keeps its data, so that launch_opensearch brings the same index back.
halt_opensearch() {
  local pid
  pid=$(cat "$OS_DIR/pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

stop_opensearch() {
  if [ -n "${OS_DIR:-}" ] && [ -d "$OS_DIR" ]; then
    if [ -f "$OS_DIR/pid" ]; then halt_opensearch; fi
    rm -rf "$OS_DIR"
  fi
}
