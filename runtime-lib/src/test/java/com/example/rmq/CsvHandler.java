package com.example.rmq;

import java.util.List;

/** The interface a custom protocol calls its workers through: a worker of a CSV dispatcher implements it. */
public interface CsvHandler {

    void onLine(List<String> fields) throws Exception;

    /** What {@code echo,<worker>,<text>} answers. */
    String echo(String text);
}
