# Sourced by the scripts: selects a JDK 25 as JAVA_HOME (the machine's default java may be older).
loa_java_version() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(loa_java_version "$JAVA_HOME")" -ge 25 ] 2>/dev/null; then
  :
elif [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
elif command -v java >/dev/null && [ "$(loa_java_version "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")" -ge 25 ] 2>/dev/null; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
else
  echo "Loa needs a JDK 25: set JAVA_HOME to one." >&2
  exit 1
fi
export JAVA_HOME
