@echo off
rem articles: runs the articles command (lib\articles-VERSION-cli.jar) on the Java in
rem JAVA_HOME, or else the java on the PATH (17 or later). docs\cli.md describes the commands.
rem ARTICLES_OPTS holds extra JVM options. Unlike bin/articles, this script keeps no
rem class-data sharing archive (docs/performance.md).
setlocal
set "APP_HOME=%~dp0.."
set "ARTICLES_JAR="
for %%f in ("%APP_HOME%\lib\articles-*-cli.jar") do set "ARTICLES_JAR=%%~ff"
if not defined ARTICLES_JAR (
  echo articles: expected the command's jar ^(lib\articles-VERSION-cli.jar^) under %APP_HOME% but found none 1>&2
  exit /b 2
)
if defined JAVA_HOME (
  set "ARTICLES_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "ARTICLES_JAVA=java.exe"
)
"%ARTICLES_JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData %ARTICLES_OPTS% -jar "%ARTICLES_JAR%" %*
exit /b %ERRORLEVEL%
