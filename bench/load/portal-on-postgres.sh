# Sourced by load-bench.sh and page-heap.sh: start_portal JAR XMX CPUS [PORTAL_ARGUMENT...] starts the
# production jar with the demo data on a fresh PostgreSQL database $PG_DB, on $PORT with operations on
# $MGMT, its data directory and log in $OUT, pinned to CPUS (a taskset -c list; empty: not pinned);
# sets SERVER to its process, waits until it is ready and stops it (and $CLIENT, when set) when the
# script ends. Needs JAVA, PG_DB, PORT, MGMT and OUT.
# The jar runs extracted (java -Djarmode=tools -jar … extract) with the build's Spring AOT code, as
# the README's run command and the container image run it: from Spring Boot's nested jar, each
# class-path resource lookup (Vaadin checks one for every page load) opens every nested jar in turn.
# LAUNCH=jar runs `java -jar JAR` without the flag, as the figures before 2026-12-03 did. The
# ahead-of-time cache is left out: it shortens the start, not the steady state measured here.
# SERVER_JAVA_OPTS: more options for the portal's JVM only (not the load client's), split on spaces.
start_portal() {
  local jar="$1" xmx="$2" cpus="$3"
  shift 3
  psql -h 127.0.0.1 -U postgres -qtAc "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
  rm -rf "$OUT/data"
  local launch=("$JAVA")
  [ -n "$cpus" ] && launch=(taskset -c "$cpus" "$JAVA")
  local spring_aot=() jvm_options=()
  read -r -a jvm_options <<< "${SERVER_JAVA_OPTS:-}"
  if [ "${LAUNCH:-extracted}" = extracted ]; then
    rm -rf "$OUT/app"
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$OUT/app" >/dev/null
    jar="$OUT/app/$(basename "$jar")"
    spring_aot=(-Dspring.aot.enabled=true)
  fi
  "${launch[@]}" "-Xmx$xmx" "${jvm_options[@]}" "${spring_aot[@]}" -jar "$jar" --server.port="$PORT" --management.server.port="$MGMT" \
      --portal.data-dir="$OUT/data" --portal.demo-data.enabled=true --spring.profiles.active=postgres \
      --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$PG_DB" \
      --spring.datasource.username=postgres --spring.datasource.password= "$@" >"$OUT/portal.log" 2>&1 &
  SERVER=$!
  CLIENT=""
  trap stop_portal EXIT
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$MGMT/actuator/health/readiness")" = 200 ]; do
    kill -0 "$SERVER" 2>/dev/null || { echo "the portal exited; see $OUT/portal.log" >&2; exit 1; }
    sleep 0.5
  done
}

stop_portal() {
  [ -n "$CLIENT" ] && kill "$CLIENT" 2>/dev/null || true
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
}
