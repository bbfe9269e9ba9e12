@echo off
rem memento.cmd - lance memento-stages.jar avec des reglages de demarrage adaptes a un processus court
rem (compilateur C1 seul, ramasse-miettes serie, archive CDS si elle existe a cote du jar).
rem Memes arguments que java -jar memento-stages.jar. Java : %JAVA_HOME%\bin\java.exe, sinon java du PATH.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
set "CDS="
if exist "%HERE%memento-stages.jsa" set "CDS=-Xshare:auto -Xlog:cds=off -XX:SharedArchiveFile=%HERE%memento-stages.jsa"
"%JAVA%" %CDS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %MEMENTO_JAVA_OPTS% -jar "%HERE%memento-stages.jar" %*
exit /b %ERRORLEVEL%
