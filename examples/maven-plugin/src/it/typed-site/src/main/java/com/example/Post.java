package com.example;

import java.time.LocalDate;
import java.util.List;

/** The site's own front matter: what every article must hold. */
public record Post(String title, LocalDate date, Status status, List<String> tags) {
  /** Where an article stands. */
  public enum Status { draft, published }
}
