"""Import and export of the procedure catalogue as one versioned JSON document.

The document (format ``motcua.catalogue``, version 1, described field by field in
``docs/catalogue-transfer.md``) carries sectors, downloadable forms, publication decisions with
their items, procedures with every version and process templates. Agencies are referenced by
their e-ID code, never by database id, so a catalogue moves between environments and provinces;
a target province may rename codes with a prefix mapping (``{"H15": "H56"}``).

An import is all or nothing. Everything is checked first — the content of every version through
``services.check_content``, codes, owners, references between the parts of the file, the
decisions' history and what is already in the database — and every problem is reported with its
location (procedure code, version, field path and the line in the file). Only when nothing is
wrong is the file replayed through the services: drafts through ``create_procedure`` and
``save_draft``, published versions by creating their decisions and publishing them in order of
effective date through ``add_to_decision`` and ``publish_decision``, so the imported history is
the exported history. Everything happens in one transaction; a problem found while replaying
rolls it all back.

The Excel workbook (``transfer_xlsx``) shares the checks and the replay of drafts.

One story per module; this package re-exports the names its callers use:

* ``document`` — the format and version, ``dumps``, ``loads`` and ``LineFinder`` (JSON path → line);
* ``export`` — ``build_document``;
* ``mapping`` — ``parse_mapping`` and ``map_code`` (agency codes between provinces);
* ``results`` — ``Problem`` and ``Result`` (what an import reports);
* ``importer`` — ``Importer``, the machinery shared with the Excel import, ``canonical``, ``same_content``;
* ``json_import`` — ``JsonImport``, ``import_document`` and ``import_json``.
"""

from .document import FORMAT, VERSION, DocumentError, LineFinder, _tokens, dumps, loads
from .export import build_document, form_ids
from .importer import Importer, canonical, same_content
from .json_import import JsonImport, import_document, import_json
from .mapping import map_code, parse_mapping
from .results import COUNT_LABELS, Problem, Result

__all__ = [
    "COUNT_LABELS",
    "FORMAT",
    "VERSION",
    "DocumentError",
    "Importer",
    "JsonImport",
    "LineFinder",
    "Problem",
    "Result",
    "_tokens",
    "build_document",
    "canonical",
    "dumps",
    "form_ids",
    "import_document",
    "import_json",
    "loads",
    "map_code",
    "parse_mapping",
    "same_content",
]
