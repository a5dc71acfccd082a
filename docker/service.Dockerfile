# One image per Loa service, built from this repository:
#   docker build -f docker/service.Dockerfile --build-arg MODULE=task-service .
FROM eclipse-temurin:25-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests -pl ${MODULE} -am package

FROM eclipse-temurin:25-jre
ARG MODULE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 loa
COPY --from=build /src/${MODULE}/target/${MODULE}-*-exec.jar /app/app.jar
USER loa
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
