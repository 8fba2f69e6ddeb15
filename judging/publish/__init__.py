"""What leaves the program for people and other programs: the ranking CSV and workbook (and,
beside them, the council's minutes and the web page), all made from one ``RoundReport``
(judging.ranking.report), and the one rule that keeps a spreadsheet from running a cell.

Each writer is its own module (``ranking_csv``, ``workbook``…) so that importing one does not
load the libraries of the others."""
