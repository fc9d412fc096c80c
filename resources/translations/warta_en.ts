<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Scroll Left</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Scroll Right</translation>
    </message>
</context>
<context>
    <name>warta</name>
    <message>
        <source>web page (HTML)</source>
        <translation>web page (HTML)</translation>
    </message>
    <message>
        <source>web archive (MHTML)</source>
        <translation>web archive (MHTML)</translation>
    </message>
    <message>
        <source>SingleFile page</source>
        <translation>SingleFile page</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Saved at</translation>
    </message>
    <message>
        <source>Saved from</source>
        <translation>Saved from</translation>
    </message>
    <message>
        <source>Canonical URL</source>
        <translation>Canonical URL</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Extraction notes</source>
        <translation>Extraction notes</translation>
    </message>
    <message>
        <source>Nothing was guessed or missing.</source>
        <translation>Nothing was guessed or missing.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>it is a folder or a device, not a file</source>
        <translation>it is a folder or a device, not a file</translation>
    </message>
    <message>
        <source>you do not have permission to read it</source>
        <translation>you do not have permission to read it</translation>
    </message>
    <message>
        <source>the file could not be read from the disk</source>
        <translation>the file could not be read from the disk</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is not a web page</source>
        <translation>the file is not a web page</translation>
    </message>
    <message>
        <source>the file is not a web page (it looks like %1)</source>
        <translation>the file is not a web page (it looks like %1)</translation>
    </message>
    <message>
        <source>the file is too large to be a saved article</source>
        <translation>the file is too large to be a saved article</translation>
    </message>
    <message>
        <source>its text is in a character encoding Warta cannot read</source>
        <translation>its text is in a character encoding Warta cannot read</translation>
    </message>
    <message>
        <source>the saved page archive is damaged</source>
        <translation>the saved page archive is damaged</translation>
    </message>
    <message>
        <source>the page holds no article (it may be a home or index page)</source>
        <translation>the page holds no article (it may be a home or index page)</translation>
    </message>
    <message>
        <source>the page is too deeply nested or too large to read safely</source>
        <translation>the page is too deeply nested or too large to read safely</translation>
    </message>
    <message>
        <source>Warta could not open “%1”: %2.</source>
        <translation>Warta could not open “%1”: %2.</translation>
    </message>
    <message>
        <source>an error inside Warta stopped the reading (%1); please report it with the file</source>
        <translation>an error inside Warta stopped the reading (%1); please report it with the file</translation>
    </message>
    <message>
        <source>The page declares no charset; it was read as %1.</source>
        <translation>The page declares no charset; it was read as %1.</translation>
    </message>
    <message>
        <source>The charset the page declares does not fit its bytes; it was read as %1.</source>
        <translation>The charset the page declares does not fit its bytes; it was read as %1.</translation>
    </message>
    <message>
        <source>The container declares the unknown charset “%1”.</source>
        <translation>The container declares the unknown charset “%1”.</translation>
    </message>
    <message>
        <source>%1 invalid byte sequence(s) were replaced by U+FFFD.</source>
        <translation>%1 invalid byte sequence(s) were replaced by U+FFFD.</translation>
    </message>
    <message>
        <source>%1 NUL byte(s) were replaced by U+FFFD.</source>
        <translation>%1 NUL byte(s) were replaced by U+FFFD.</translation>
    </message>
    <message>
        <source>The MHTML file ends without its closing boundary; it may be cut off.</source>
        <translation>The MHTML file ends without its closing boundary; it may be cut off.</translation>
    </message>
    <message>
        <source>SingleFile&apos;s saved date “%1” could not be read.</source>
        <translation>SingleFile&apos;s saved date “%1” could not be read.</translation>
    </message>
    <message>
        <source>The page prints no readable date; the date comes from its metadata.</source>
        <translation>The page prints no readable date; the date comes from its metadata.</translation>
    </message>
    <message>
        <source>The page states no date; the time comes from the number at the end of its URL.</source>
        <translation>The page states no date; the time comes from the number at the end of its URL.</translation>
    </message>
    <message>
        <source>The printed date and the time in the URL are more than a day apart.</source>
        <translation>The printed date and the time in the URL are more than a day apart.</translation>
    </message>
    <message>
        <source>The printed weekday does not fall on the printed date; the date was kept.</source>
        <translation>The printed weekday does not fall on the printed date; the date was kept.</translation>
    </message>
    <message>
        <source>The page states the time without a zone; it is shown as printed, without an offset.</source>
        <translation>The page states the time without a zone; it is shown as printed, without an offset.</translation>
    </message>
    <message>
        <source>Date chosen: %1.</source>
        <translation>Date chosen: %1.</translation>
    </message>
    <message>
        <source>Other statements of the page name another day: %1.</source>
        <translation>Other statements of the page name another day: %1.</translation>
    </message>
    <message>
        <source>The modification date %1 lies before the publication date; it was left out.</source>
        <translation>The modification date %1 lies before the publication date; it was left out.</translation>
    </message>
    <message>
        <source>The page states no publication date.</source>
        <translation>The page states no publication date.</translation>
    </message>
    <message>
        <source>The page names no reporter or writer.</source>
        <translation>The page names no reporter or writer.</translation>
    </message>
    <message>
        <source>The page has no headline.</source>
        <translation>The page has no headline.</translation>
    </message>
    <message>
        <source>No article text was found on the page.</source>
        <translation>No article text was found on the page.</translation>
    </message>
    <message>
        <source>The page&apos;s JSON-LD metadata is not valid JSON; Warta repaired it to read it.</source>
        <translation>The page&apos;s JSON-LD metadata is not valid JSON; Warta repaired it to read it.</translation>
    </message>
    <message>
        <source>The page&apos;s JSON-LD metadata is not valid JSON and could not be read.</source>
        <translation>The page&apos;s JSON-LD metadata is not valid JSON and could not be read.</translation>
    </message>
    <message>
        <source>The page&apos;s template is not one Warta knows; the article was found by content scoring.</source>
        <translation>The page&apos;s template is not one Warta knows; the article was found by content scoring.</translation>
    </message>
    <message>
        <source>The article&apos;s text is far longer than any news article; quotes were not looked for.</source>
        <translation>The article&apos;s text is far longer than any news article; quotes were not looked for.</translation>
    </message>
    <message>
        <source>Joined pages from: %1.</source>
        <translation>Joined pages from: %1.</translation>
    </message>
    <message>
        <source>No other page of the article was found beside the file.</source>
        <translation>No other page of the article was found beside the file.</translation>
    </message>
    <message>
        <source>Pages not found beside the file: %1.</source>
        <translation>Pages not found beside the file: %1.</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>a ZIP archive or office document</source>
        <translation>a ZIP archive or office document</translation>
    </message>
    <message>
        <source>an empty ZIP archive</source>
        <translation>an empty ZIP archive</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>a gzip archive</translation>
    </message>
    <message>
        <source>a bzip2 archive</source>
        <translation>a bzip2 archive</translation>
    </message>
    <message>
        <source>an xz archive</source>
        <translation>an xz archive</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>a program</translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation>an old Microsoft Office document</translation>
    </message>
    <message>
        <source>a media file (WebP, WAV or AVI)</source>
        <translation>a media file (WebP, WAV or AVI)</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>binary data</translation>
    </message>
    <message>
        <source>plain text without any markup</source>
        <translation>plain text without any markup</translation>
    </message>
    <message>
        <source>the citation style “%1” is not installed</source>
        <translation>the citation style “%1” is not installed</translation>
    </message>
    <message>
        <source>the command was not given the way Warta expects</source>
        <translation>the command was not given the way Warta expects</translation>
    </message>
    <message>
        <source>the citation style or its language is not installed</source>
        <translation>the citation style or its language is not installed</translation>
    </message>
    <message>
        <source>the citation style or its language file is damaged and cannot be used</source>
        <translation>the citation style or its language file is damaged and cannot be used</translation>
    </message>
    <message>
        <source>the data given to Warta is malformed</source>
        <translation>the data given to Warta is malformed</translation>
    </message>
    <message>
        <source>an unknown error (code %1) stopped the reading</source>
        <translation>an unknown error (code %1) stopped the reading</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>not stated in the file</source>
        <translation>not stated in the file</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>SHA-256 of the saved file: %1</source>
        <translation>SHA-256 of the saved file: %1</translation>
    </message>
    <message>
        <source>Cite as: %1</source>
        <translation>Cite as: %1</translation>
    </message>
    <message>
        <source>The publication date was chosen among the page&apos;s statements.</source>
        <translation>The publication date was chosen among the page&apos;s statements.</translation>
    </message>
    <message>
        <source>Other statements of the page name another day.</source>
        <translation>Other statements of the page name another day.</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Reading progress</translation>
    </message>
    <message>
        <source>Reading the page</source>
        <translation>Reading the page</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel reading the page</source>
        <translation>Cancel reading the page</translation>
    </message>
    <message>
        <source>‹ Previous part (%1 of %2)</source>
        <translation>‹ Previous part (%1 of %2)</translation>
    </message>
    <message>
        <source>Next part (%1 of %2) ›</source>
        <translation>Next part (%1 of %2) ›</translation>
    </message>
    <message>
        <source>the library database is damaged; rebuild it from your saved files (nothing you saved is lost)</source>
        <translation>the library database is damaged; rebuild it from your saved files (nothing you saved is lost)</translation>
    </message>
    <message>
        <source>another program is writing to the library; try again in a moment</source>
        <translation>another program is writing to the library; try again in a moment</translation>
    </message>
    <message>
        <source>the library cannot be written here; it is open for reading only</source>
        <translation>the library cannot be written here; it is open for reading only</translation>
    </message>
    <message>
        <source>the library was made by a newer version of Warta; use that version, or rebuild the library</source>
        <translation>the library was made by a newer version of Warta; use that version, or rebuild the library</translation>
    </message>
    <message>
        <source>no citation styles are installed</source>
        <translation>no citation styles are installed</translation>
    </message>
    <message>
        <source>this citation source cannot cite an item of the library</source>
        <translation>this citation source cannot cite an item of the library</translation>
    </message>
    <message>
        <source>this citation source cannot make a reference list</source>
        <translation>this citation source cannot make a reference list</translation>
    </message>
</context>
<context>
    <name>warta::FindBar</name>
    <message>
        <source>Find bar</source>
        <translation>Find bar</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Find in article</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>%1 of %2 so far…</source>
        <translation>%1 of %2 so far…</translation>
    </message>
</context>
<context>
    <name>warta::Format</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Writer</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographer</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributor</translation>
    </message>
</context>
<context>
    <name>warta::LibraryArticleModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
</context>
<context>
    <name>warta::LibraryPanel</name>
    <message>
        <source>Rebuild the Library</source>
        <translation>Rebuild the Library</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Library problem</source>
        <translation>Library problem</translation>
    </message>
    <message>
        <source>What is wrong with the library</source>
        <translation>What is wrong with the library</translation>
    </message>
    <message>
        <source>Rebuild the library from the saved files</source>
        <translation>Rebuild the library from the saved files</translation>
    </message>
    <message>
        <source>Moves the old database aside (it is kept, not deleted) and reads the folders again</source>
        <translation>Moves the old database aside (it is kept, not deleted) and reads the folders again</translation>
    </message>
    <message>
        <source>Open the library for reading only</source>
        <translation>Open the library for reading only</translation>
    </message>
    <message>
        <source>Try opening the library again</source>
        <translation>Try opening the library again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Cancel indexing</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Indexing progress</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexing</translation>
    </message>
    <message>
        <source>Files that gave no article</source>
        <translation>Files that gave no article</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Library views</source>
        <translation>Library views</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Not Read</source>
        <translation>Not Read</translation>
    </message>
    <message>
        <source>The library is open for reading only: search and citations work; adding folders and updating do not.</source>
        <translation>The library is open for reading only: search and citations work; adding folders and updating do not.</translation>
    </message>
    <message>
        <source>Warta could not open the library: %1.</source>
        <translation>Warta could not open the library: %1.</translation>
    </message>
    <message>
        <source>Warta could not read the library: %1.</source>
        <translation>Warta could not read the library: %1.</translation>
    </message>
    <message>
        <source>Open for Writing</source>
        <translation>Open for Writing</translation>
    </message>
    <message>
        <source>The library is open for reading only; no folder can be added.</source>
        <translation>The library is open for reading only; no folder can be added.</translation>
    </message>
    <message>
        <source>The library is being indexed; add the folder again when it is done.</source>
        <translation>The library is being indexed; add the folder again when it is done.</translation>
    </message>
    <message>
        <source>Stopping after the files in hand…</source>
        <translation>Stopping after the files in hand…</translation>
    </message>
    <message>
        <source>Looking for saved pages…</source>
        <translation>Looking for saved pages…</translation>
    </message>
    <message>
        <source>Indexing %1 of %2: %3</source>
        <translation>Indexing %1 of %2: %3</translation>
    </message>
    <message>
        <source>Library updated: %1 new, %2 changed, %3 moved, %4 removed, %5 gave no article.</source>
        <translation>Library updated: %1 new, %2 changed, %3 moved, %4 removed, %5 gave no article.</translation>
    </message>
    <message>
        <source>Indexing stopped; what was read is kept.</source>
        <translation>Indexing stopped; what was read is kept.</translation>
    </message>
    <message>
        <source>Not Read (%1)</source>
        <translation>Not Read (%1)</translation>
    </message>
    <message>
        <source>choose one or more articles in the Library first</source>
        <translation>choose one or more articles in the Library first</translation>
    </message>
    <message>
        <source>the library is not open</source>
        <translation>the library is not open</translation>
    </message>
</context>
<context>
    <name>warta::LibrarySearchModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>warta::LibraryView</name>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Search the library: words, “a phrase”, desa*, -word</source>
        <translation>Search the library: words, “a phrase”, desa*, -word</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Every speaker</source>
        <translation>Every speaker</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Every tag</source>
        <translation>Every tag</translation>
    </message>
    <message>
        <source>Articles of the library</source>
        <translation>Articles of the library</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Library summary</source>
        <translation>Library summary</translation>
    </message>
    <message>
        <source>No library yet: File ▸ Add Folder to Library… indexes a folder of saved pages.</source>
        <translation>No library yet: File ▸ Add Folder to Library… indexes a folder of saved pages.</translation>
    </message>
    <message numerus="yes">
        <source>%n articles match</source>
        <translation>
            <numerusform>%n article matches</numerusform>
            <numerusform>%n articles match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warta::MainWindow</name>
    <message>
        <source>Warta</source>
        <translation>Warta</translation>
    </message>
    <message>
        <source>Outline and quotes</source>
        <translation>Outline and quotes</translation>
    </message>
    <message>
        <source>%1 — Warta</source>
        <translation>%1 — Warta</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph %1 of %2</source>
        <translation>Paragraph %1 of %2</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Word count</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Reading time</translation>
    </message>
    <message>
        <source>Current paragraph</source>
        <translation>Current paragraph</translation>
    </message>
    <message>
        <source>Reloaded: the file changed on disk.</source>
        <translation>Reloaded: the file changed on disk.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a saved web page</source>
        <translation>Open a saved web page</translation>
    </message>
    <message>
        <source>Open a saved article</source>
        <translation>Open a saved article</translation>
    </message>
    <message>
        <source>Saved web pages (*.html *.htm *.mhtml *.mht);;All files (*)</source>
        <translation>Saved web pages (*.html *.htm *.mhtml *.mht);;All files (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Open &amp;Sample Article</source>
        <translation>Open &amp;Sample Article</translation>
    </message>
    <message>
        <source>Open the article that comes with Warta</source>
        <translation>Open the article that comes with Warta</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Read the file again</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Export as &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the article as a Markdown file</source>
        <translation>Save the article as a Markdown file</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the article as a PDF file</source>
        <translation>Save the article as a PDF file</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Print the article</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close Warta</source>
        <translation>Close Warta</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Copy the selected text</translation>
    </message>
    <message>
        <source>Copy C&amp;itation</source>
        <translation>Copy C&amp;itation</translation>
    </message>
    <message>
        <source>Copy a reference to this article in the chosen style</source>
        <translation>Copy a reference to this article in the chosen style</translation>
    </message>
    <message>
        <source>Copy &amp;Paragraph with Citation</source>
        <translation>Copy &amp;Paragraph with Citation</translation>
    </message>
    <message>
        <source>Copy the current paragraph and a reference pinned to it</source>
        <translation>Copy the current paragraph and a reference pinned to it</translation>
    </message>
    <message>
        <source>Copy &amp;Quote with Citation</source>
        <translation>Copy &amp;Quote with Citation</translation>
    </message>
    <message>
        <source>Copy the quote chosen in the ledger and a reference pinned to it</source>
        <translation>Copy the quote chosen in the ledger and a reference pinned to it</translation>
    </message>
    <message>
        <source>Citation &amp;Style…</source>
        <translation>Citation &amp;Style…</translation>
    </message>
    <message>
        <source>Choose the citation style</source>
        <translation>Choose the citation style</translation>
    </message>
    <message>
        <source>E&amp;xport Reference</source>
        <translation>E&amp;xport Reference</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find text in the article</source>
        <translation>Find text in the article</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Go to the next match</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Go to the previous match</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Larger Text</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Make the text larger</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Smaller Text</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Make the text smaller</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>&amp;Default Text Size</translation>
    </message>
    <message>
        <source>Return to the default text size</source>
        <translation>Return to the default text size</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>S&amp;epia</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>Comfortable Line &amp;Width</source>
        <translation>Comfortable Line &amp;Width</translation>
    </message>
    <message>
        <source>Keep lines about 70 characters long</source>
        <translation>Keep lines about 70 characters long</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>Side &amp;Panel</translation>
    </message>
    <message>
        <source>Show Paragrap&amp;hs</source>
        <translation>Show Paragrap&amp;hs</translation>
    </message>
    <message>
        <source>Show &amp;Quotes</source>
        <translation>Show &amp;Quotes</translation>
    </message>
    <message>
        <source>Show Pro&amp;venance</source>
        <translation>Show Pro&amp;venance</translation>
    </message>
    <message>
        <source>Go to &amp;Article Text</source>
        <translation>Go to &amp;Article Text</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Next Paragraph</source>
        <translation>&amp;Next Paragraph</translation>
    </message>
    <message>
        <source>Move to the next paragraph</source>
        <translation>Move to the next paragraph</translation>
    </message>
    <message>
        <source>&amp;Previous Paragraph</source>
        <translation>&amp;Previous Paragraph</translation>
    </message>
    <message>
        <source>Move to the previous paragraph</source>
        <translation>Move to the previous paragraph</translation>
    </message>
    <message>
        <source>&amp;First Paragraph</source>
        <translation>&amp;First Paragraph</translation>
    </message>
    <message>
        <source>Move to the first paragraph</source>
        <translation>Move to the first paragraph</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;System Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Warta</source>
        <translation>&amp;About Warta</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>About this program</translation>
    </message>
    <message>
        <source>About Warta</source>
        <translation>About Warta</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Warta&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A reader for saved news articles: paragraphs, quotes and citations. It reads only the files you open and never connects to the network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warta&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A reader for saved news articles: paragraphs, quotes and citations. It reads only the files you open and never connects to the network.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Choose a quote in the Quotes tab first.</source>
        <translation>Choose a quote in the Quotes tab first.</translation>
    </message>
    <message>
        <source>Warta could not export the reference: %1</source>
        <translation>Warta could not export the reference: %1</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Export as Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Reference</source>
        <translation>Export Reference</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Print Article</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <source>Citation &amp;Language</source>
        <translation>Citation &amp;Language</translation>
    </message>
    <message>
        <source>&amp;English (US)</source>
        <translation>&amp;English (US)</translation>
    </message>
    <message>
        <source>Bahasa &amp;Indonesia</source>
        <translation>Bahasa &amp;Indonesia</translation>
    </message>
    <message>
        <source>Warta could not make the citation: %1.</source>
        <translation>Warta could not make the citation: %1.</translation>
    </message>
    <message>
        <source>&amp;Cite</source>
        <translation>&amp;Cite</translation>
    </message>
    <message>
        <source>The file changed on disk. %1 Warta keeps showing the version it read before.</source>
        <translation>The file changed on disk. %1 Warta keeps showing the version it read before.</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted. Warta keeps showing the article it read, and reloads the file if it comes back.</source>
        <translation>“%1” was moved or deleted. Warta keeps showing the article it read, and reloads the file if it comes back.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <source>&amp;Automatic (the Style&apos;s Own, Else the Interface&apos;s)</source>
        <translation>&amp;Automatic (the Style&apos;s Own, Else the Interface&apos;s)</translation>
    </message>
    <message>
        <source>Citation &amp;Style: %1…</source>
        <translation>Citation &amp;Style: %1…</translation>
    </message>
    <message>
        <source>Citation &amp;Language: %1</source>
        <translation>Citation &amp;Language: %1</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>English (US)</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>English (UK)</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>Citation style: %1 (%2)</source>
        <translation>Citation style: %1 (%2)</translation>
    </message>
    <message>
        <source>Citation copied (%1, %2).</source>
        <translation>Citation copied (%1, %2).</translation>
    </message>
    <message>
        <source>Copy I&amp;n-text Citation</source>
        <translation>Copy I&amp;n-text Citation</translation>
    </message>
    <message>
        <source>Copy the in-text citation alone, without a pinpoint</source>
        <translation>Copy the in-text citation alone, without a pinpoint</translation>
    </message>
    <message>
        <source>Copy &amp;Selection with Pinpoint</source>
        <translation>Copy &amp;Selection with Pinpoint</translation>
    </message>
    <message>
        <source>Copy the selected words in quotation marks with the in-text citation of their paragraph</source>
        <translation>Copy the selected words in quotation marks with the in-text citation of their paragraph</translation>
    </message>
    <message>
        <source>Copy &amp;Reference As</source>
        <translation>Copy &amp;Reference As</translation>
    </message>
    <message>
        <source>&amp;BibTeX</source>
        <translation>&amp;BibTeX</translation>
    </message>
    <message>
        <source>&amp;RIS</source>
        <translation>&amp;RIS</translation>
    </message>
    <message>
        <source>CSL-&amp;JSON</source>
        <translation>CSL-&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>List the keys of every command</source>
        <translation>List the keys of every command</translation>
    </message>
    <message>
        <source>Select some words of the article first.</source>
        <translation>Select some words of the article first.</translation>
    </message>
    <message>
        <source>Reference copied as %1.</source>
        <translation>Reference copied as %1.</translation>
    </message>
    <message>
        <source>Warta could not write “%1”: %2.</source>
        <translation>Warta could not write “%1”: %2.</translation>
    </message>
    <message>
        <source>Warta could not write “%1”: the PDF could not be laid out.</source>
        <translation>Warta could not write “%1”: the PDF could not be laid out.</translation>
    </message>
    <message>
        <source>Warta could not print: the printer could not be started.</source>
        <translation>Warta could not print: the printer could not be started.</translation>
    </message>
    <message>
        <source>Copy commands</source>
        <translation>Copy commands</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled.</source>
        <translation>Opening “%1” was cancelled.</translation>
    </message>
    <message>
        <source>Warta skipped site rules it could not load: %1</source>
        <translation>Warta skipped site rules it could not load: %1</translation>
    </message>
    <message>
        <source>This article was saved in several pages; Warta joined them from this folder: %1.</source>
        <translation>This article was saved in several pages; Warta joined them from this folder: %1.</translation>
    </message>
    <message>
        <source>Not in the folder, so left out: page %1.</source>
        <translation>Not in the folder, so left out: page %1.</translation>
    </message>
    <message>
        <source>This is page %1 of %2 of the article; its other pages are not in this folder, so only this page is shown.</source>
        <translation>This is page %1 of %2 of the article; its other pages are not in this folder, so only this page is shown.</translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation>part %1 of %2</translation>
    </message>
    <message>
        <source>Reading “%1” again…</source>
        <translation>Reading “%1” again…</translation>
    </message>
    <message>
        <source>&amp;Last Paragraph</source>
        <translation>&amp;Last Paragraph</translation>
    </message>
    <message>
        <source>Move to the last paragraph</source>
        <translation>Move to the last paragraph</translation>
    </message>
    <message>
        <source>Next Pa&amp;rt</source>
        <translation>Next Pa&amp;rt</translation>
    </message>
    <message>
        <source>Show the next part of a long article</source>
        <translation>Show the next part of a long article</translation>
    </message>
    <message>
        <source>Previous P&amp;art</source>
        <translation>Previous P&amp;art</translation>
    </message>
    <message>
        <source>Show the previous part of a long article</source>
        <translation>Show the previous part of a long article</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Add Folder to &amp;Library…</source>
        <translation>Add Folder to &amp;Library…</translation>
    </message>
    <message>
        <source>Index a folder of saved pages, and watch it for new ones</source>
        <translation>Index a folder of saved pages, and watch it for new ones</translation>
    </message>
    <message>
        <source>Add a Folder of Saved Pages to the Library</source>
        <translation>Add a Folder of Saved Pages to the Library</translation>
    </message>
    <message>
        <source>Li&amp;brary</source>
        <translation>Li&amp;brary</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>Show &amp;Library</translation>
    </message>
    <message>
        <source>&amp;Search the Library</source>
        <translation>&amp;Search the Library</translation>
    </message>
    <message>
        <source>Search every article of the library</source>
        <translation>Search every article of the library</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>S&amp;peakers</translation>
    </message>
    <message>
        <source>Every person quoted in the library, with their quotes</source>
        <translation>Every person quoted in the library, with their quotes</translation>
    </message>
    <message>
        <source>&amp;Update the Library</source>
        <translation>&amp;Update the Library</translation>
    </message>
    <message>
        <source>Read new and changed files of the library&apos;s folders</source>
        <translation>Read new and changed files of the library&apos;s folders</translation>
    </message>
    <message>
        <source>&amp;Rebuild the Library</source>
        <translation>&amp;Rebuild the Library</translation>
    </message>
    <message>
        <source>Move the database aside and read every folder again</source>
        <translation>Move the database aside and read every folder again</translation>
    </message>
    <message>
        <source>&amp;Cancel Indexing</source>
        <translation>&amp;Cancel Indexing</translation>
    </message>
    <message>
        <source>Stop reading the folders; what was read is kept</source>
        <translation>Stop reading the folders; what was read is kept</translation>
    </message>
    <message>
        <source>Copy Reference &amp;List</source>
        <translation>Copy Reference &amp;List</translation>
    </message>
    <message>
        <source>Copy the reference list of the selected articles in the chosen style</source>
        <translation>Copy the reference list of the selected articles in the chosen style</translation>
    </message>
    <message>
        <source>Copy Selection &amp;As</source>
        <translation>Copy Selection &amp;As</translation>
    </message>
    <message>
        <source>&amp;Export Selection As</source>
        <translation>&amp;Export Selection As</translation>
    </message>
    <message>
        <source>Warta could not make the reference list: %1.</source>
        <translation>Warta could not make the reference list: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Reference list of %n articles copied (%1, %2).</source>
        <translation>
            <numerusform>Reference list of %n article copied (%1, %2).</numerusform>
            <numerusform>Reference list of %n articles copied (%1, %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one or more articles in the Library first.</source>
        <translation>Choose one or more articles in the Library first.</translation>
    </message>
    <message>
        <source>References copied as %1.</source>
        <translation>References copied as %1.</translation>
    </message>
    <message>
        <source>Some articles were left out, their files could not be read: %1</source>
        <translation>Some articles were left out, their files could not be read: %1</translation>
    </message>
    <message>
        <source>Export References</source>
        <translation>Export References</translation>
    </message>
</context>
<context>
    <name>warta::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
</context>
<context>
    <name>warta::Options</name>
    <message>
        <source>Reads a saved news article: paragraphs, quotes and citations. It reads only the files you open and never connects to the network.</source>
        <translation>Reads a saved news article: paragraphs, quotes and citations. It reads only the files you open and never connects to the network.</translation>
    </message>
    <message>
        <source>Show this help and quit.</source>
        <translation>Show this help and quit.</translation>
    </message>
    <message>
        <source>Show the version and quit.</source>
        <translation>Show the version and quit.</translation>
    </message>
    <message>
        <source>The saved page to open (.html, .htm, .mhtml, .mht), or a file:// URL. Without it Warta opens its sample article.</source>
        <translation>The saved page to open (.html, .htm, .mhtml, .mht), or a file:// URL. Without it Warta opens its sample article.</translation>
    </message>
    <message>
        <source>Developer: save a picture of the window to this PNG file and quit.</source>
        <translation>Developer: save a picture of the window to this PNG file and quit.</translation>
    </message>
    <message>
        <source>Developer: light, sepia or dark, for this run only.</source>
        <translation>Developer: light, sepia or dark, for this run only.</translation>
    </message>
    <message>
        <source>Developer: the side-panel tab to show (paragraphs, quotes or provenance).</source>
        <translation>Developer: the side-panel tab to show (paragraphs, quotes or provenance).</translation>
    </message>
    <message>
        <source>Developer: the ledger row to highlight, from 0.</source>
        <translation>Developer: the ledger row to highlight, from 0.</translation>
    </message>
    <message>
        <source>Developer: the window size, WIDTHxHEIGHT.</source>
        <translation>Developer: the window size, WIDTHxHEIGHT.</translation>
    </message>
    <message>
        <source>Developer: print the time to the painted article and the peak memory, then quit.</source>
        <translation>Developer: print the time to the painted article and the peak memory, then quit.</translation>
    </message>
    <message>
        <source>Developer: with --screenshot, also show the style chooser (chooser), the Cite menu (cite-menu), only the first page as exported to PDF (pdf-page), or the window 1.5 s after it appears, while a large page is read (reading); the Library (library) or its Speakers view (speakers).</source>
        <translation>Developer: with --screenshot, also show the style chooser (chooser), the Cite menu (cite-menu), only the first page as exported to PDF (pdf-page), or the window 1.5 s after it appears, while a large page is read (reading); the Library (library) or its Speakers view (speakers).</translation>
    </message>
    <message>
        <source>Developer: print the Library view&apos;s figures (opening, scrolling, searching as you type) on the library, then quit.</source>
        <translation>Developer: print the Library view&apos;s figures (opening, scrolling, searching as you type) on the library, then quit.</translation>
    </message>
    <message>
        <source>Developer: the search typed into the style chooser of --show chooser, or into the Library of --show library; the person of --show speakers.</source>
        <translation>Developer: the search typed into the style chooser of --show chooser, or into the Library of --show library; the person of --show speakers.</translation>
    </message>
</context>
<context>
    <name>warta::OutlineModel</name>
    <message>
        <source>Paragraph %1: %2</source>
        <translation>Paragraph %1: %2</translation>
    </message>
</context>
<context>
    <name>warta::QuoteLedgerModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Verb</source>
        <translation>Verb</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
</context>
<context>
    <name>warta::ReadingPane</name>
    <message>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
</context>
<context>
    <name>warta::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>Commands and their keys</translation>
    </message>
    <message>
        <source>Next match (in the find bar)</source>
        <translation>Next match (in the find bar)</translation>
    </message>
    <message>
        <source>Enter, F3</source>
        <translation>Enter, F3</translation>
    </message>
    <message>
        <source>Previous match (in the find bar)</source>
        <translation>Previous match (in the find bar)</translation>
    </message>
    <message>
        <source>Shift+Enter, Shift+F3</source>
        <translation>Shift+Enter, Shift+F3</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>From the search field into the list (in the style chooser)</source>
        <translation>From the search field into the list (in the style chooser)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move between the lists and the text</source>
        <translation>Move between the lists and the text</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>warta::SidePanel</name>
    <message>
        <source>Side panel</source>
        <translation>Side panel</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>&amp;Paragraphs</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Quotes</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>P&amp;rovenance</source>
        <translation>P&amp;rovenance</translation>
    </message>
    <message>
        <source>Paragraph outline</source>
        <translation>Paragraph outline</translation>
    </message>
    <message>
        <source>Filter quotes by speaker</source>
        <translation>Filter quotes by speaker</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Speaker:</translation>
    </message>
    <message>
        <source>Quote ledger</source>
        <translation>Quote ledger</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>All speakers</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>&amp;Quotes (%1)</source>
        <translation>&amp;Quotes (%1)</translation>
    </message>
    <message>
        <source>Ledger columns: click to sort</source>
        <translation>Ledger columns: click to sort</translation>
    </message>
</context>
<context>
    <name>warta::SpeakersView</name>
    <message>
        <source>Copy with Citation</source>
        <translation>Copy with Citation</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>People quoted in the library</source>
        <translation>People quoted in the library</translation>
    </message>
    <message>
        <source>Person shown</source>
        <translation>Person shown</translation>
    </message>
    <message>
        <source>Quotes of the person</source>
        <translation>Quotes of the person</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Copy the quote with its citation</source>
        <translation>Copy the quote with its citation</translation>
    </message>
    <message>
        <source>Copy the chosen quote and a reference pinned to its paragraph, in the chosen style</source>
        <translation>Copy the chosen quote and a reference pinned to its paragraph, in the chosen style</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n quotes</source>
        <translation>
            <numerusform>%1 — %n quote</numerusform>
            <numerusform>%1 — %n quotes</numerusform>
        </translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation>Also written: %1</translation>
    </message>
    <message>
        <source>Choose a person to see every quote of theirs in the library.</source>
        <translation>Choose a person to see every quote of theirs in the library.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n quotes</source>
        <translation>
            <numerusform>%1: %n quote</numerusform>
            <numerusform>%1: %n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warta::StyleChooser</name>
    <message>
        <source>Citation Style</source>
        <translation>Citation Style</translation>
    </message>
    <message>
        <source>Citation style chooser</source>
        <translation>Citation style chooser</translation>
    </message>
    <message>
        <source>Installed citation styles</source>
        <translation>Installed citation styles</translation>
    </message>
    <message>
        <source>Search citation styles</source>
        <translation>Search citation styles</translation>
    </message>
    <message numerus="yes">
        <source>Search %n styles</source>
        <translation>
            <numerusform>Search %n style</numerusform>
            <numerusform>Search %n styles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Citation preview</source>
        <translation>Citation preview</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>&amp;Use This Style</source>
        <translation>&amp;Use This Style</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
