"""Documents drawn with Qt: certificates and the council's minutes, to PDF and to the printer."""
