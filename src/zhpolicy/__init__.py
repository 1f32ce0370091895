"""zhpolicy — typed values from the conventions of Chinese government documents.

    >>> import zhpolicy
    >>> [m.kind for m in zhpolicy.find("根据国办发〔2017〕32号文件")]
    ['doc_number']

The public API is what ``__all__`` lists; every other name is private and may change without notice.
"""

from __future__ import annotations

from . import numerals
from .citation import Citation
from .dates import Date, Deadline, Period, Recurring, Relative
from .docnumber import DocNumber, DocNumberViolation
from .document import Document, ResolvedDate, parse_document
from .errors import ParseError
from .io import load
from .match import Match
from .outline import Diagnostic, Marker, Section
from .quantities import Count, Money, Percentage, PercentagePoints, Range, Rate, Ratio
from .responsibility import Convention, Responsibility
from .scan import find, kinds
from .tasks import Task
from .text import Text, normalize

__version__ = "0.1.0"

__all__ = [
    "Citation",
    "Convention",
    "Count",
    "Date",
    "Deadline",
    "Diagnostic",
    "DocNumber",
    "DocNumberViolation",
    "Document",
    "Marker",
    "Match",
    "Money",
    "ParseError",
    "Percentage",
    "PercentagePoints",
    "Period",
    "Range",
    "Rate",
    "Ratio",
    "Recurring",
    "Relative",
    "ResolvedDate",
    "Responsibility",
    "Section",
    "Task",
    "Text",
    "__version__",
    "find",
    "kinds",
    "load",
    "normalize",
    "numerals",
    "parse_document",
]
