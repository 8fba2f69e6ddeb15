"""Documents drawn with Qt: the council's minutes to PDF and to the printer."""
