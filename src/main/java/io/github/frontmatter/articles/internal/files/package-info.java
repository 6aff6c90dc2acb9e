/**
 * Files: reading a file within the size limits, walking a folder for articles, and reading
 * many files in parallel while handing the results out in path order.
 */
package io.github.frontmatter.articles.internal.files;
