<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Database</source>
        <translation>Mit Datenbank verbinden</translation>
    </message>
    <message>
        <source>&amp;Saved:</source>
        <translation>&amp;Gespeichert:</translation>
    </message>
    <message>
        <source>The project&apos;s own database URL and the connections used recently with this project</source>
        <translation>Die Datenbank-URL des Projekts selbst und die zuletzt mit diesem Projekt benutzten Verbindungen</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database or sqlite:///path/to/file.db</source>
        <translation>postgresql://benutzer@host:5432/datenbank oder sqlite:///pfad/zur/datei.db</translation>
    </message>
    <message>
        <source>&amp;Database type:</source>
        <translation>&amp;Datenbanktyp:</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Relative paths start at the project folder</source>
        <translation>Relative Pfade beginnen im Projektordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>DatabasePanel</name>
    <message>
        <source>Current revision(s)</source>
        <translation>Aktuelle Revision(en)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Retort</source>
        <translation>Retort</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Projekt öffnen …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt &amp;öffnen …</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Retort</source>
        <translation>Ü&amp;ber Retort</translation>
    </message>
    <message>
        <source>No project is open. Open the folder that holds alembic.ini or pyproject.toml, or drop it here.</source>
        <translation>Kein Projekt geöffnet. Öffnen Sie den Ordner mit alembic.ini oder pyproject.toml oder ziehen Sie ihn hierher.</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>Zuletzt geöffnete Projekte:</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Open the folder of an Alembic project (Ctrl+O)</source>
        <translation>Den Ordner eines Alembic-Projekts öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Reload Project</source>
        <translation>Projekt neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the project&apos;s files again (Ctrl+R)</source>
        <translation>Die Dateien des Projekts neu einlesen (Strg+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Export Graph…</source>
        <translation>Graph &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the revision graph as PNG, SVG, Graphviz DOT or Mermaid (Ctrl+E)</source>
        <translation>Den Revisionsgraphen als PNG, SVG, Graphviz-DOT oder Mermaid speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Clear &amp;Recent Projects</source>
        <translation>Liste der zuletzt geöffneten Projekte &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Connect to a database (Ctrl+D)</source>
        <translation>Mit einer Datenbank verbinden (Strg+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the database&apos;s current revisions and tables again (F5)</source>
        <translation>Aktuelle Revisionen und Tabellen der Datenbank neu lesen (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Close the database connection</source>
        <translation>Die Datenbankverbindung schließen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter the graph by revision id, message, branch label or file name (Ctrl+F)</source>
        <translation>Den Graphen nach Revisions-ID, Meldung, Branch-Label oder Dateiname filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Go to &amp;Current Revision</source>
        <translation>Zur &amp;aktuellen Revision</translation>
    </message>
    <message>
        <source>Show the database&apos;s current revision (Ctrl+J)</source>
        <translation>Die aktuelle Revision der Datenbank zeigen (Strg+J)</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Go to &amp;Head</source>
        <translation>Zum &amp;Head</translation>
    </message>
    <message>
        <source>Show the newest head revision (Ctrl+H)</source>
        <translation>Die neueste Head-Revision zeigen (Strg+H)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Migration Plan</source>
        <translation>Migrationsplan</translation>
    </message>
    <message>
        <source>Choose the branch to continue with</source>
        <translation>Wählen Sie den Zweig, mit dem es weitergeht</translation>
    </message>
    <message>
        <source>Continue with this branch</source>
        <translation>Mit diesem Zweig fortfahren</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>Schritte, in Reihenfolge</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>SQL of the selected step</source>
        <translation>SQL des gewählten Schritts</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Migration manager for Alembic projects</source>
        <translation>Migrationsverwaltung für Alembic-Projekte</translation>
    </message>
    <message>
        <source>The project folder to open (holding alembic.ini).</source>
        <translation>Der zu öffnende Projektordner (mit alembic.ini).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Ein Bild des Fensters in &lt;Datei&gt; speichern, sobald es angezeigt wird, und dann beenden.</translation>
    </message>
</context>
<context>
    <name>retort::MainWindow</name>
    <message>
        <source>Open Alembic Project</source>
        <translation>Alembic-Projekt öffnen</translation>
    </message>
    <message>
        <source>About Retort</source>
        <translation>Über Retort</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Retort %1&lt;/h3&gt;&lt;p&gt;A migration manager for Alembic projects.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Retort %1&lt;/h3&gt;&lt;p&gt;Eine Migrationsverwaltung für Alembic-Projekte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Retort</source>
        <translation>Retort</translation>
    </message>
    <message>
        <source>Retort %1 started</source>
        <translation>Retort %1 gestartet</translation>
    </message>
    <message>
        <source>Find revision (Ctrl+F)</source>
        <translation>Revision suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Copy Log</source>
        <translation>Protokoll &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>SQL Preview</source>
        <translation>SQL-Vorschau</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Project closed</source>
        <translation>Projekt geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %1: %n revision(s)</source>
        <translation>
            <numerusform>%1 neu geladen: %n Revision</numerusform>
            <numerusform>%1 neu geladen: %n Revisionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n revision(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Revision</numerusform>
            <numerusform>%1 geöffnet: %n Revisionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n revision file(s) could not be read and are left out of the graph.</source>
        <translation>
            <numerusform>%n Revisionsdatei konnte nicht gelesen werden und fehlt im Graphen.</numerusform>
            <numerusform>%n Revisionsdateien konnten nicht gelesen werden und fehlen im Graphen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Log</source>
        <translation>Protokoll zeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SQLite in memory</source>
        <translation>SQLite im Speicher</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>No keychain service: connecting without a stored password (%1)</source>
        <translation>Kein Schlüsselbund-Dienst: Verbindung ohne gespeichertes Passwort (%1)</translation>
    </message>
    <message>
        <source>Using the project&apos;s database from %1</source>
        <translation>Verwende die Datenbank des Projekts aus %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>base (no revision applied)</source>
        <translation>Basis (keine Revision angewendet)</translation>
    </message>
    <message numerus="yes">
        <source>Read %1: version table %2; %n table(s)</source>
        <translation>
            <numerusform>%1 gelesen: Versionstabelle %2; %n Tabelle</numerusform>
            <numerusform>%1 gelesen: Versionstabelle %2; %n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>The database&apos;s version table does not match the project: %1</source>
        <translation>Die Versionstabelle der Datenbank passt nicht zum Projekt: %1</translation>
    </message>
    <message>
        <source>Cannot export to %1: use a .png, .svg, .dot or .mmd file name.</source>
        <translation>Export nach %1 nicht möglich: Verwenden Sie einen Dateinamen mit .png, .svg, .dot oder .mmd.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation>Graph nach %1 exportiert</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Graphviz DOT (*.dot)</source>
        <translation>Graphviz-DOT (*.dot)</translation>
    </message>
    <message>
        <source>Mermaid (*.mmd)</source>
        <translation>Mermaid (*.mmd)</translation>
    </message>
    <message>
        <source>Export Revision Graph</source>
        <translation>Revisionsgraph exportieren</translation>
    </message>
</context>
<context>
    <name>retort::gui::CodeEditor</name>
    <message>
        <source>Find (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>Suchen (Eingabe: weiter, Umschalt+Eingabe: zurück, Esc: schließen)</translation>
    </message>
</context>
<context>
    <name>retort::gui::ConnectionDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>The database this project names itself</source>
        <translation>Die Datenbank, die das Projekt selbst nennt</translation>
    </message>
    <message>
        <source>Used recently with this project</source>
        <translation>Zuletzt mit diesem Projekt benutzt</translation>
    </message>
    <message>
        <source>SQLite Database File</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The password is used for this session only and asked for again next time; it is never written to the settings.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Das Passwort gilt nur für diese Sitzung und wird beim nächsten Mal erneut abgefragt; es wird nie in die Einstellungen geschrieben.</translation>
    </message>
    <message>
        <source>no keychain service</source>
        <translation>kein Schlüsselbund-Dienst</translation>
    </message>
    <message>
        <source>Passwords are kept only in the system keychain, never in Retort&apos;s settings.</source>
        <translation>Passwörter werden nur im Schlüsselbund des Systems aufbewahrt, nie in den Einstellungen von Retort.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <source>No saved connections yet</source>
        <translation>Noch keine gespeicherten Verbindungen</translation>
    </message>
</context>
<context>
    <name>retort::gui::DatabasePanel</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connect to a database (Ctrl+D) to see its current revisions and tables.</source>
        <translation>Verbinden Sie sich mit einer Datenbank (Strg+D), um ihre aktuellen Revisionen und Tabellen zu sehen.</translation>
    </message>
    <message>
        <source>Could not connect: see the message above the graph and the log.</source>
        <translation>Keine Verbindung: siehe die Meldung über dem Graphen und das Protokoll.</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>%1 · read at %2</source>
        <translation>%1 · gelesen um %2</translation>
    </message>
    <message>
        <source>Tables (%1)</source>
        <translation>Tabellen (%1)</translation>
    </message>
    <message>
        <source>(base)</source>
        <translation>(Basis)</translation>
    </message>
    <message>
        <source>The version table is empty: no revision applied</source>
        <translation>Die Versionstabelle ist leer: keine Revision angewendet</translation>
    </message>
    <message>
        <source>No version table: no revision applied</source>
        <translation>Keine Versionstabelle: keine Revision angewendet</translation>
    </message>
    <message>
        <source>%1 (head)</source>
        <translation>%1 (Head)</translation>
    </message>
</context>
<context>
    <name>retort::gui::DatabaseWorker</name>
    <message>
        <source>Not connected to a database.</source>
        <translation>Nicht mit einer Datenbank verbunden.</translation>
    </message>
    <message>
        <source>%1 (the file does not exist yet)</source>
        <translation>%1 (die Datei existiert noch nicht)</translation>
    </message>
</context>
<context>
    <name>retort::gui::GraphScene</name>
    <message>
        <source>Head: no revision builds on it</source>
        <translation>Head: keine Revision baut darauf auf</translation>
    </message>
    <message>
        <source>Effective head: only depends_on links come out of it</source>
        <translation>Effektiver Head: nur depends_on-Verweise gehen von ihm aus</translation>
    </message>
    <message>
        <source>Base: the first revision of a branch (no down_revision)</source>
        <translation>Basis: die erste Revision eines Zweigs (kein down_revision)</translation>
    </message>
    <message numerus="yes">
        <source>Branch point: %n children</source>
        <translation>
            <numerusform>Verzweigung: %n Kind</numerusform>
            <numerusform>Verzweigung: %n Kinder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge point: merges %n parents</source>
        <translation>
            <numerusform>Zusammenführung: führt %n Elternteil zusammen</numerusform>
            <numerusform>Zusammenführung: führt %n Eltern zusammen</numerusform>
        </translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Database state unknown (not connected)</source>
        <translation>Datenbankstand unbekannt (nicht verbunden)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current&lt;/b&gt; revision of the database</source>
        <translation>&lt;b&gt;Aktuelle&lt;/b&gt; Revision der Datenbank</translation>
    </message>
    <message>
        <source>Applied to the database</source>
        <translation>In der Datenbank angewendet</translation>
    </message>
    <message>
        <source>Pending: not applied to the database</source>
        <translation>Ausstehend: in der Datenbank nicht angewendet</translation>
    </message>
    <message>
        <source>Branch labels: %1</source>
        <translation>Branch-Labels: %1</translation>
    </message>
    <message>
        <source>Depends on: %1</source>
        <translation>Hängt ab von: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs the project&apos;s Python&lt;/b&gt; (the built-in interpreter cannot run it):</source>
        <translation>&lt;b&gt;Braucht das Python des Projekts&lt;/b&gt; (der eingebaute Interpreter kann sie nicht ausführen):</translation>
    </message>
</context>
<context>
    <name>retort::gui::JournalModel</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>SQL SHA-256</source>
        <translation>SQL-SHA-256</translation>
    </message>
</context>
<context>
    <name>retort::gui::JournalPanel</name>
    <message>
        <source>&amp;Refresh Journal</source>
        <translation>Journal &amp;aktualisieren</translation>
    </message>
    <message>
        <source>This database only</source>
        <translation>Nur diese Datenbank</translation>
    </message>
    <message>
        <source>Read the journal again</source>
        <translation>Das Journal neu lesen</translation>
    </message>
    <message>
        <source>List only the steps applied to the connected database</source>
        <translation>Nur die Schritte auflisten, die auf die verbundene Datenbank angewendet wurden</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in %1</source>
        <translation>
            <numerusform>%n Schritt in %1</numerusform>
            <numerusform>%n Schritte in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>retort::gui::LogModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>retort::gui::MergeDialog</name>
    <message>
        <source>Merge Heads</source>
        <translation>Heads zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>e.g. &quot;merge user phone and product sku&quot;</source>
        <translation>z. B. „Benutzertelefon und Produkt-SKU zusammenführen“</translation>
    </message>
    <message>
        <source>merge %1</source>
        <translation>merge %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Meldung:</translation>
    </message>
    <message>
        <source>&amp;Heads:</source>
        <translation>&amp;Heads:</translation>
    </message>
    <message>
        <source>Check at least two heads to merge.</source>
        <translation>Markieren Sie mindestens zwei Heads zum Zusammenführen.</translation>
    </message>
</context>
<context>
    <name>retort::gui::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>retort::gui::MigrationActions</name>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>A migration plan is running: stop it (it stops after the current step) before quitting.</source>
        <translation>Ein Migrationsplan läuft: Halten Sie ihn vor dem Beenden an (er hält nach dem aktuellen Schritt an).</translation>
    </message>
    <message>
        <source>Show Plan</source>
        <translation>Plan zeigen</translation>
    </message>
    <message>
        <source>&amp;Upgrade to Here</source>
        <translation>&amp;Upgrade bis hier</translation>
    </message>
    <message>
        <source>Upgrade the database to the selected revision</source>
        <translation>Ein Upgrade der Datenbank auf die gewählte Revision durchführen</translation>
    </message>
    <message>
        <source>Upgrade &amp;One Step</source>
        <translation>Upgrade um &amp;einen Schritt</translation>
    </message>
    <message>
        <source>Apply the next revision (one revision; at a branch you choose which)</source>
        <translation>Die nächste Revision anwenden (eine Revision; an einer Verzweigung wählen Sie, welche)</translation>
    </message>
    <message>
        <source>Upgrade to &amp;Heads</source>
        <translation>Upgrade auf die &amp;Heads</translation>
    </message>
    <message>
        <source>Apply every pending revision (alembic upgrade heads)</source>
        <translation>Alle ausstehenden Revisionen anwenden (alembic upgrade heads)</translation>
    </message>
    <message>
        <source>&amp;Downgrade to Here</source>
        <translation>&amp;Downgrade bis hier</translation>
    </message>
    <message>
        <source>Roll the database back to the selected revision</source>
        <translation>Die Datenbank auf die gewählte Revision zurücksetzen</translation>
    </message>
    <message>
        <source>Downgrade One S&amp;tep</source>
        <translation>Downgrade um einen Schri&amp;tt</translation>
    </message>
    <message>
        <source>Roll back the last applied revision (one revision)</source>
        <translation>Die zuletzt angewendete Revision zurücknehmen (eine Revision)</translation>
    </message>
    <message>
        <source>&amp;Stamp Here</source>
        <translation>Hier &amp;stempeln</translation>
    </message>
    <message>
        <source>Set the version table to the selected revision without running anything</source>
        <translation>Die Versionstabelle auf die gewählte Revision setzen, ohne etwas auszuführen</translation>
    </message>
    <message>
        <source>&amp;Merge Heads…</source>
        <translation>Heads &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>Write a merge revision joining the heads</source>
        <translation>Eine Revision schreiben, die die Heads zusammenführt</translation>
    </message>
    <message>
        <source>&amp;New Revision…</source>
        <translation>&amp;Neue Revision…</translation>
    </message>
    <message>
        <source>Write a new revision file on the selected head</source>
        <translation>Eine neue Revisionsdatei schreiben, die auf dem gewählten Head aufbaut</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrieren</translation>
    </message>
    <message>
        <source>Upgrade the database to %1</source>
        <translation>Ein Upgrade der Datenbank auf %1 durchführen</translation>
    </message>
    <message>
        <source>Roll the database back to %1</source>
        <translation>Die Datenbank auf %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Set the version table to %1 without running anything</source>
        <translation>Die Versionstabelle auf %1 setzen, ohne etwas auszuführen</translation>
    </message>
    <message>
        <source>Upgrade to %1</source>
        <translation>Upgrade auf %1</translation>
    </message>
    <message>
        <source>Upgrade One Step</source>
        <translation>Upgrade um einen Schritt</translation>
    </message>
    <message>
        <source>Upgrade to Heads</source>
        <translation>Upgrade auf die Heads</translation>
    </message>
    <message>
        <source>Downgrade to %1</source>
        <translation>Downgrade auf %1</translation>
    </message>
    <message>
        <source>Downgrade One Step</source>
        <translation>Downgrade um einen Schritt</translation>
    </message>
    <message>
        <source>Stamp %1</source>
        <translation>Auf %1 stempeln</translation>
    </message>
    <message>
        <source>A plan is running; wait for it to finish.</source>
        <translation>Ein Plan läuft; warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>%1: connect to a database first.</source>
        <translation>%1: Verbinden Sie sich zuerst mit einer Datenbank.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing to do; the database is at %2.</source>
        <translation>%1: Nichts zu tun; die Datenbank steht auf %2.</translation>
    </message>
    <message>
        <source>Cancel requested: the plan stops after the step that is running</source>
        <translation>Abbruch angefordert: Der Plan hält nach dem laufenden Schritt an</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %n step(s), from %3 to %4</source>
        <translation>
            <numerusform>%1 auf %2: %n Schritt, von %3 nach %4</numerusform>
            <numerusform>%1 auf %2: %n Schritte, von %3 nach %4</numerusform>
        </translation>
    </message>
    <message>
        <source>[retort] Snapshot of the database before this run: %1</source>
        <translation>[retort] Snapshot der Datenbank vor diesem Lauf: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) applied; the database is at %1</source>
        <translation>
            <numerusform>%n Schritt angewendet; die Datenbank steht auf %1</numerusform>
            <numerusform>%n Schritte angewendet; die Datenbank steht auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Details zeigen</translation>
    </message>
    <message>
        <source>The project has a single head: nothing to merge.</source>
        <translation>Das Projekt hat nur einen Head: Es gibt nichts zusammenzuführen.</translation>
    </message>
    <message>
        <source>Another revision is being written; try again in a moment.</source>
        <translation>Gerade wird eine andere Revision geschrieben; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The revision was not written: %1</source>
        <translation>Die Revision wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>retort::gui::MigrationRunner</name>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>%1 needs the project&apos;s Python</source>
        <translation>%1 braucht das Python des Projekts</translation>
    </message>
</context>
<context>
    <name>retort::gui::NewRevisionDialog</name>
    <message>
        <source>New Revision</source>
        <translation>Neue Revision</translation>
    </message>
    <message>
        <source>&amp;Create Revision</source>
        <translation>Revision &amp;erstellen</translation>
    </message>
    <message>
        <source>What the revision does, e.g. &quot;add user phone&quot;</source>
        <translation>Was die Revision tut, z. B. „Telefonnummer zum Benutzer hinzufügen“</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;reporting&quot;</source>
        <translation>optional, z. B. „reporting“</translation>
    </message>
    <message>
        <source>optional: revision ids or branch labels, separated by commas</source>
        <translation>optional: Revisions-IDs oder Branch-Labels, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>%1  %2 (not a head: starts a new branch)</source>
        <translation>%1  %2 (kein Head: beginnt einen neuen Zweig)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Meldung:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>&amp;Elternrevision:</translation>
    </message>
    <message>
        <source>&amp;Branch label:</source>
        <translation>&amp;Branch-Label:</translation>
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation>&amp;Hängt ab von:</translation>
    </message>
</context>
<context>
    <name>retort::gui::PasswordStore</name>
    <message>
        <source>No keychain service is running.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst.</translation>
    </message>
    <message>
        <source>The keychain service did not answer.</source>
        <translation>Der Schlüsselbund-Dienst hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>retort::gui::PlanDialog</name>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stempeln</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Stop After This Step</source>
        <translation>&amp;Nach diesem Schritt anhalten</translation>
    </message>
    <message>
        <source>Cancel the run: the step that is running completes (or fails), no further step starts</source>
        <translation>Den Lauf abbrechen: Der laufende Schritt wird abgeschlossen (oder schlägt fehl), kein weiterer Schritt beginnt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>The next step from %1 is ambiguous (a branch or merge point). Retort runs one revision per step: choose which one comes next.</source>
        <translation>Der nächste Schritt ab %1 ist mehrdeutig (eine Verzweigung oder Zusammenführung). Retort führt pro Schritt eine Revision aus: Wählen Sie, welche als Nächstes kommt.</translation>
    </message>
    <message>
        <source>Heads afterwards: %1</source>
        <translation>Heads danach: %1</translation>
    </message>
    <message>
        <source>%1
Version table afterwards: %2</source>
        <translation>%1
Versionstabelle danach: %2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>%v of %1 steps</source>
        <translation>%v von %1 Schritten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt;: choose the branch</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von &lt;b&gt;%2&lt;/b&gt;: Wählen Sie den Zweig</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; from &lt;b&gt;%2&lt;/b&gt; to &lt;b&gt;%3&lt;/b&gt;: %n step(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; von &lt;b&gt;%2&lt;/b&gt; nach &lt;b&gt;%3&lt;/b&gt;: %n Schritt</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; von &lt;b&gt;%2&lt;/b&gt; nach &lt;b&gt;%3&lt;/b&gt;: %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source> (the version table is emptied first)</source>
        <translation> (die Versionstabelle wird zuerst geleert)</translation>
    </message>
    <message>
        <source>The SQL could not be previewed: %1</source>
        <translation>Keine SQL-Vorschau möglich: %1</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>stamp</source>
        <translation>stempeln</translation>
    </message>
    <message>
        <source>%1 needs the project&apos;s Python: %2</source>
        <translation>%1 braucht das Python des Projekts: %2</translation>
    </message>
    <message>
        <source>No warnings: every step runs in its own transaction.</source>
        <translation>Keine Warnungen: Jeder Schritt läuft in einer eigenen Transaktion.</translation>
    </message>
    <message>
        <source>-- (rendering the SQL...)
</source>
        <translation>-- (erzeuge das SQL...)
</translation>
    </message>
    <message>
        <source>Step(s) %1 need the project&apos;s Python, which Retort cannot run here; nothing will run. Use `alembic` for this plan, or make the revision run in the built-in interpreter.</source>
        <translation>Schritt(e) %1 brauchen das Python des Projekts, das Retort hier nicht ausführen kann; es wird nichts ausgeführt. Verwenden Sie `alembic` für diesen Plan oder sorgen Sie dafür, dass die Revision im eingebauten Interpreter läuft.</translation>
    </message>
    <message>
        <source>Rendering the SQL…</source>
        <translation>Erzeuge das SQL…</translation>
    </message>
    <message>
        <source>Stopping after this step…</source>
        <translation>Halte nach diesem Schritt an…</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>done in %1 ms</source>
        <translation>fertig in %1 ms</translation>
    </message>
    <message>
        <source>Step %1 (ran): %2</source>
        <translation>Schritt %1 (ausgeführt): %2</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n step(s) applied</source>
        <translation>
            <numerusform>Fertig: %n Schritt angewendet</numerusform>
            <numerusform>Fertig: %n Schritte angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is now at %1.</source>
        <translation>Die Datenbank steht jetzt auf %1.</translation>
    </message>
    <message>
        <source>Snapshot taken before the run: %1</source>
        <translation>Snapshot vor dem Lauf erstellt: %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 steps</source>
        <translation>Abgebrochen nach %1 von %2 Schritten</translation>
    </message>
    <message>
        <source>failed, rolled back</source>
        <translation>fehlgeschlagen, zurückgerollt</translation>
    </message>
    <message>
        <source>Failed at step %1 of %2</source>
        <translation>Fehlgeschlagen bei Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Failed before the first step</source>
        <translation>Fehlgeschlagen vor dem ersten Schritt</translation>
    </message>
    <message>
        <source>Step %1 (%2) failed:
%3</source>
        <translation>Schritt %1 (%2) fehlgeschlagen:
%3</translation>
    </message>
</context>
<context>
    <name>retort::gui::ProjectController</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not an Alembic project: it has no alembic.ini and no pyproject.toml with a [tool.alembic] table.</source>
        <translation>%1 ist kein Alembic-Projekt: Es enthält weder alembic.ini noch eine pyproject.toml mit einer [tool.alembic]-Tabelle.</translation>
    </message>
</context>
<context>
    <name>retort::gui::RevisionDetailsPanel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Parents:</source>
        <translation>Eltern:</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Kinder:</translation>
    </message>
    <message>
        <source>Branch labels:</source>
        <translation>Branch-Labels:</translation>
    </message>
    <message>
        <source>Depends on:</source>
        <translation>Hängt ab von:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>branch point</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <source>merge point</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>geerbt</translation>
    </message>
    <message>
        <source>Open in the system editor</source>
        <translation>Im Editor des Systems öffnen</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Datei nicht lesbar: %1</translation>
    </message>
    <message>
        <source>needs the project&apos;s Python: %1</source>
        <translation>braucht das Python des Projekts: %1</translation>
    </message>
    <message>
        <source>No revision selected.</source>
        <translation>Keine Revision ausgewählt.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Needs the project&apos;s Python:</source>
        <translation>Braucht das Python des Projekts:</translation>
    </message>
    <message>
        <source>the built-in interpreter cannot run this file.</source>
        <translation>der eingebaute Interpreter kann diese Datei nicht ausführen.</translation>
    </message>
</context>
<context>
    <name>retort::gui::RevisionDialog</name>
    <message>
        <source>Revision id:</source>
        <translation>Revisions-ID:</translation>
    </message>
    <message>
        <source>Preview of the new file</source>
        <translation>Vorschau der neuen Datei</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>File: –</source>
        <translation>Datei: –</translation>
    </message>
</context>
<context>
    <name>retort::gui::RevisionGraphView</name>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n revisions…</source>
        <translation>
            <numerusform>Ordne %n Revision an…</numerusform>
            <numerusform>Ordne %n Revisionen an…</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no revisions yet.</source>
        <translation>Dieses Projekt hat noch keine Revisionen.</translation>
    </message>
    <message>
        <source>The database&apos;s version table names unknown revisions: %1</source>
        <translation>Die Versionstabelle der Datenbank nennt unbekannte Revisionen: %1</translation>
    </message>
    <message>
        <source>Revision graph</source>
        <translation>Revisionsgraph</translation>
    </message>
</context>
<context>
    <name>retort::gui::SqlPreviewPanel</name>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>The SQL this revision&apos;s upgrade() runs</source>
        <translation>Das SQL, das upgrade() dieser Revision ausführt</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <source>The SQL this revision&apos;s downgrade() runs</source>
        <translation>Das SQL, das downgrade() dieser Revision ausführt</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQL dialect</source>
        <translation>SQL-Dialekt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the SQL to the clipboard</source>
        <translation>Das SQL in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save as .sql…</source>
        <translation>Als .sql speichern…</translation>
    </message>
    <message>
        <source>Dialect:</source>
        <translation>Dialekt:</translation>
    </message>
    <message>
        <source>Select a revision to see the SQL it runs.</source>
        <translation>Wählen Sie eine Revision, um ihr SQL zu sehen.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Generating the SQL…</source>
        <translation>Erzeuge das SQL…</translation>
    </message>
    <message>
        <source>The SQL cannot be generated:
%1</source>
        <translation>Das SQL kann nicht erzeugt werden:
%1</translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation>SQL speichern</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>SQL-Dateien (*.sql)</translation>
    </message>
</context>
<context>
    <name>retort::gui::TablesModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Not analysed yet: run ANALYZE for an estimate</source>
        <translation>Noch nicht analysiert: ANALYZE liefert eine Schätzung</translation>
    </message>
    <message>
        <source>Estimated from the database statistics</source>
        <translation>Geschätzt aus der Statistik der Datenbank</translation>
    </message>
    <message>
        <source>Exact count</source>
        <translation>Genaue Anzahl</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
</context>
</TS>
