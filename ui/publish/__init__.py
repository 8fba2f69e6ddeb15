"""What the program hands out, drawn with Qt: certificates (PDF, printer) and other documents."""
