"""What leaves the program for people: the ranking workbook and CSV, the council's minutes
(one neutral document, written as .docx here and as PDF by ui.publish), the web page of the
result, and the guard every exported cell goes through."""
