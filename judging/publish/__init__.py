"""What the program publishes from a round's report: the council's minutes (one neutral
document, written as .docx here and as PDF by ui.publish) and the web page of the result."""
