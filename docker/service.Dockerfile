# One image per Loa service, built from this repository:
#   docker build -f docker/service.Dockerfile --build-arg MODULE=task-service .
FROM eclipse-temurin:25-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests -pl ${MODULE} -am package

FROM eclipse-temurin:25-jre
ARG MODULE
# What a service needs besides Java: plan-service converts its documents to PDF with LibreOffice,
# with fonts that have the metrics of Times New Roman (docker-compose.yml sets it; ADR 0021).
ARG EXTRA_PACKAGES=""
RUN apt-get update && apt-get install -y --no-install-recommends curl ${EXTRA_PACKAGES} && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 loa
COPY --from=build /src/${MODULE}/target/${MODULE}-*-exec.jar /app/app.jar
USER loa
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
