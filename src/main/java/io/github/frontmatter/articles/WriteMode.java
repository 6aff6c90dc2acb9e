package io.github.frontmatter.articles;

import java.nio.file.Path;

/**
 * How {@link Articles#write(Article, Path, WriteMode)} puts the bytes into the file: by
 * replacing it (atomic: a reader or a crash sees the old bytes or the new ones, never a mix)
 * or by writing into it (the file keeps its identity: owner, links, but a crash can leave a
 * mix). See docs/editing.md, "Saving files", for what each case guarantees.
 *
 * @since 0.1.0
 */
public enum WriteMode {
  /**
   * The default: replace the file atomically, and write into it instead only where replacing
   * would lose something or is not allowed: a file with more than one name (hard links), whose
   * owner or group the process cannot give to a new file (a file of another user), or in a
   * folder where the process may not create or rename files (a sticky folder such as
   * {@code /tmp}, a read-only folder) while the file itself is writable. Those saves are not
   * atomic.
   */
  AUTO,
  /**
   * Always replace the file atomically, or throw an {@link java.io.IOException} that says
   * why, leaving the file as it was: a file with more than one name (hard links) is refused,
   * since the other names would keep the old bytes. Owner and group are kept where the
   * process may set them (root may); the mode bits always are.
   */
  REPLACE,
  /**
   * Write into the existing file (created if missing): for folders where a rename is not
   * allowed. Owner, group, mode, hard links and the inode are untouched, but the save is not
   * atomic: a crash or a full disk part-way can leave a mix of old and new bytes, and a
   * reader at that moment can see one.
   */
  IN_PLACE
}
