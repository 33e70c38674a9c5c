/**
 * The reader's own findings in English: the repairs it made while reading a document (info) and
 * what it could not read (warning). Ids: `parse.*`, one per shape of finding; a quote of the
 * document is passed as written (already cut to one line) and shown in quotes.
 */
export const parseEn = {
  'parse.spaceTable': 'a table laid out in spaces was read by the left edges its lines share: {columns} columns, {rows} rows',
  'parse.pageNumber': 'the page number "{text}" between the lines of the text was dropped',
  'parse.runningHeader': 'the line "{text}", printed beside the page number at every page break, was dropped as a running header',
  'parse.tableRowJoined': 'a table row continued after a page break; joined to the row above',
  'parse.layoutCell': "the document sits in one cell of a web page's layout table (lines {from}–{to}): the TAB that opens each of its lines is the cell's margin, not a table column",
  'parse.layoutCellBefore': "the web page's own text before the document's cell (lines {from}–{to}) is not part of the plan and was not read",
  'parse.layoutCellAfter': "the web page's own text after the document's cell (lines {from}–{to}) is not part of the plan and was not read",
  'parse.pdfNoText': 'page {page} has no text layer (a scanned page?): it was not read; run OCR first (e.g. ocrmypdf --language vie)',
  'parse.pageBreakJoined': 'a sentence split by a page break was joined: "…{tail}" + "{head}…"',
  'parse.itemNumber': 'the item number "{number}" at the end of a line was read as the number of the line below',
  'parse.numberedLine': '"{text}" starts with "{number}", which does not continue the numbering here; read as the continuation of the line above',
  'parse.letterSpacing': 'the letter-spaced "{written}" was read as "{read}"',
  'parse.unassignedHeader': '"{text}" stands after the title, before the first numbered section, and belongs to no part',
  'parse.unassignedBody': '"{text}" stands in the body before its first numbered section and belongs to no section',
  'parse.unassignedTrailing': '"{text}" is printed after the appendices and belongs to no part',
  'parse.closingUnread': '"{text}" looks like a part of the plan but stands among the recipients and the signature; it was not read',
  'parse.signatureOcr': 'the capacity line "{written}" was read as "{read}" (an OCR slip)',
  'parse.numberFromLine': 'no "Số:" line; the document number was read from "{text}"',
  'parse.issuerPosition': 'the issuer "{text}" is printed after the appendix instead of at the top; read as the issuer',
  'parse.tableRowSkipped': '{reason} was skipped: "{text}"',
  'parse.reason.noNumber': 'a table row with no task number',
  'parse.reason.noNumberNoUnits': 'a table row with no task number and no units of its own',
  'parse.unitOcr': '"{written}" was read as "{read}" (an OCR slip)',
  'parse.unitMarks': '"{written}" was read as "{read}" (a head word without its marks)',
  'parse.partUnread': 'part {id} "{text}" stands among the parts of the units but names no unit that could be read: its duties belong to no one in the model',
  'parse.unitHeading': 'the units of "{heading}" were read up to "{last}": no verb of the lists follows them',
  'parse.oneExecutorColumn': 'the table has one unit column "{header}" and no support column: the first-named unit of each cell was read as the lead, the others as support',
  'parse.mergedCells': 'a task row has {cells} cells for {columns} columns; each cell was put under the column its content fits and the cells merged down from the row above were carried down',
  'parse.legacyFont': 'the text was saved as Unicode from a {encoding} font ("Céng hßa" for "Cộng hòa"); it was converted',
  'parse.legacyEncoding': 'the file was read as {encoding} and converted to Unicode',
  'parse.numberingRebuilt': "Word's automatic numbering was rebuilt for {count:plural:paragraph|paragraphs}",
  'parse.planNotRead': 'the text holds a document number ("{number}") and a type word ("{type}"), but no part of the plan was read: no header, numbered section or task table',
} as const;
