/** The command line ({@link io.github.frontmatter.articles.internal.cli.Main}); not exported. */
package io.github.frontmatter.articles.internal.cli;
