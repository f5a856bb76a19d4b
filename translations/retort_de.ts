<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>Retort</source>
        <translation>Retort</translation>
    </message>
    <message>
        <source>No project is open. Open the folder that holds alembic.ini or pyproject.toml.</source>
        <translation>Kein Projekt geöffnet. Öffnen Sie den Ordner, der alembic.ini oder pyproject.toml enthält.</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Projekt öffnen …</translation>
    </message>
    <message>
        <source>Revision Graph</source>
        <translation>Revisionsgraph</translation>
    </message>
    <message>
        <source>The revision graph, the database&apos;s current revisions and the SQL preview will appear here.</source>
        <translation>Hier erscheinen der Revisionsgraph, die aktuellen Revisionen der Datenbank und die SQL-Vorschau.</translation>
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
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not an Alembic project: it has no alembic.ini or pyproject.toml.</source>
        <translation>%1 ist kein Alembic-Projekt: Es enthält weder alembic.ini noch pyproject.toml.</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <source>Opened project %1</source>
        <translation>Projekt %1 geöffnet</translation>
    </message>
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
        <source>%1 — Retort</source>
        <translation>%1 — Retort</translation>
    </message>
</context>
</TS>
